package dev.claudejava.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A block of a type this version of the library does not model (a server tool's result, say). It
 * keeps the block's JSON as received and is sent back exactly so.
 *
 * @param json the block as the API sent it; treat it as read-only
 */
public record UnknownBlock(ObjectNode json) implements ContentBlock {

  public UnknownBlock {
    Objects.requireNonNull(json, "json");
    if (!json.path("type").isTextual()) {
      throw new IllegalArgumentException("a content block needs a string 'type'; got " + json);
    }
  }

  @Override
  public String type() {
    return json.get("type").asText();
  }
}
