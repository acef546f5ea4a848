package dev.claudejava.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A model, as {@code GET /v1/models} describes it.
 *
 * @param id the model id, for example {@code "claude-opus-4-8"}
 * @param displayName a human-readable name
 * @param createdAt when the model was released
 * @param maxInputTokens the context window the API reports, or null when it reports none
 * @param maxTokens the most output tokens the API reports, or null when it reports none
 * @param json the whole object as the API sent it ({@code capabilities} and any field added later);
 *     treat it as read-only
 */
public record ModelInfo(
    String id,
    String displayName,
    Instant createdAt,
    @Nullable Long maxInputTokens,
    @Nullable Long maxTokens,
    ObjectNode json) {

  public ModelInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(json, "json");
  }
}
