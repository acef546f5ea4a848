package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/**
 * The API did not answer within the request's timeout (after every retry), or a connection could
 * not be made within the connect timeout.
 */
public class ClaudeTimeoutException extends ClaudeException {

  public ClaudeTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
