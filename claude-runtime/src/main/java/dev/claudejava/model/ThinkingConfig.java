package dev.claudejava.model;

import org.jspecify.annotations.Nullable;

/**
 * Whether and how the model thinks: the request's {@code thinking}. Thinking is adaptive (the model
 * decides how much, guided by {@link OutputConfig#effort()}); fixed token budgets are gone.
 */
public sealed interface ThinkingConfig permits ThinkingConfig.Adaptive, ThinkingConfig.Disabled {

  /**
   * {@code {"type": "adaptive"}}, with an optional {@code display}.
   *
   * @param display {@code "summarized"} or {@code "omitted"}, or null for the API's default
   */
  record Adaptive(@Nullable String display) implements ThinkingConfig {}

  /** {@code {"type": "disabled"}}. */
  record Disabled() implements ThinkingConfig {}

  /** {@code {"type": "adaptive"}}. */
  static ThinkingConfig adaptive() {
    return new Adaptive(null);
  }

  /** {@code {"type": "adaptive", "display": "summarized"}}. */
  static ThinkingConfig adaptiveSummarized() {
    return new Adaptive("summarized");
  }

  /** {@code {"type": "disabled"}}. */
  static ThinkingConfig disabled() {
    return new Disabled();
  }
}
