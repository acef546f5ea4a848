package dev.claudejava.annotations;

/**
 * Whether the model thinks before it answers. The API's thinking is adaptive: the model decides how
 * much to think, guided by {@link Effort}. A fixed token budget no longer exists.
 */
public enum Thinking {
  /** No thinking parameter is sent. */
  OFF,
  /** {@code "thinking": {"type": "adaptive"}}. */
  ADAPTIVE,
  /** {@code "thinking": {"type": "adaptive", "display": "summarized"}}: thinking text is returned summarized. */
  ADAPTIVE_SUMMARIZED
}
