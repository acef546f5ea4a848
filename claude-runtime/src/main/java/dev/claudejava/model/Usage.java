package dev.claudejava.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Token counts of one reply (or, from {@link #plus}, of several).
 *
 * @param inputTokens input tokens that were neither read from nor written to the cache
 * @param outputTokens tokens generated
 * @param cacheCreationInputTokens input tokens written to the prompt cache
 * @param cacheReadInputTokens input tokens read from the prompt cache
 * @param extras every other field the API sent ({@code service_tier}, {@code server_tool_use},
 *     {@code cache_creation}, ...), kept as received; treat it as read-only
 */
public record Usage(
    long inputTokens,
    long outputTokens,
    long cacheCreationInputTokens,
    long cacheReadInputTokens,
    ObjectNode extras) {

  private static final Usage ZERO = new Usage(0, 0, 0, 0, JsonNodeFactory.instance.objectNode());

  public Usage {
    Objects.requireNonNull(extras, "extras");
  }

  /** No tokens. */
  public static Usage zero() {
    return ZERO;
  }

  /** Usage with the four counts and no extras. */
  public static Usage of(long input, long output, long cacheCreation, long cacheRead) {
    return new Usage(input, output, cacheCreation, cacheRead, JsonNodeFactory.instance.objectNode());
  }

  /** All input tokens: uncached, written to the cache, and read from it. */
  public long totalInputTokens() {
    return inputTokens + cacheCreationInputTokens + cacheReadInputTokens;
  }

  /** The four counts summed with {@code other}'s; extras, which do not add up, are not carried. */
  public Usage plus(Usage other) {
    return of(
        inputTokens + other.inputTokens,
        outputTokens + other.outputTokens,
        cacheCreationInputTokens + other.cacheCreationInputTokens,
        cacheReadInputTokens + other.cacheReadInputTokens);
  }
}
