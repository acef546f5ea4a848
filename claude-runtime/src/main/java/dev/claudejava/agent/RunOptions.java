package dev.claudejava.agent;

/**
 * How one engine call treats a final reply that is not a plain answer.
 *
 * @param acceptMaxTokens return a reply cut short (at {@code max_tokens}, or by a full context
 *     window) instead of throwing {@link MaxTokensException}
 */
public record RunOptions(boolean acceptMaxTokens) {

  private static final RunOptions DEFAULTS = new RunOptions(false);
  private static final RunOptions ACCEPTING_MAX_TOKENS = new RunOptions(true);

  /** A reply cut short throws. */
  public static RunOptions defaults() {
    return DEFAULTS;
  }

  /** A reply cut short is returned; check {@code result.message().stopReason()}. */
  public static RunOptions acceptingMaxTokens() {
    return ACCEPTING_MAX_TOKENS;
  }
}
