package dev.claudejava.model;

import java.util.Objects;

/**
 * Thinking the API has encrypted; it is opaque, and must be sent back unchanged.
 *
 * @param data the encrypted thinking
 */
public record RedactedThinkingBlock(String data) implements ContentBlock {

  public RedactedThinkingBlock {
    Objects.requireNonNull(data, "data");
  }

  @Override
  public String type() {
    return "redacted_thinking";
  }
}
