package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception claude-java throws. Unchecked: a caller that can react catches the
 * subtype it can react to ({@link RateLimitException}, say), and the rest propagate.
 */
public class ClaudeException extends RuntimeException {

  public ClaudeException(String message) {
    super(message);
  }

  public ClaudeException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
