package dev.claudejava.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * More about why the model stopped, for a {@code refusal}: {@code {"type": "refusal", "category":
 * ..., "explanation": ...}}, plus any field the API adds, all kept.
 *
 * @param json the object as the API sent it; treat it as read-only
 */
public record StopDetails(ObjectNode json) {

  public StopDetails {
    Objects.requireNonNull(json, "json");
  }

  /** The details' type, for example {@code "refusal"}. */
  public String type() {
    return json.path("type").asText("");
  }

  /** The category of a refusal (for example {@code "cyber"}), or null. */
  public @Nullable String category() {
    return json.path("category").isTextual() ? json.get("category").asText() : null;
  }

  /** The API's explanation, or null. */
  public @Nullable String explanation() {
    return json.path("explanation").isTextual() ? json.get("explanation").asText() : null;
  }
}
