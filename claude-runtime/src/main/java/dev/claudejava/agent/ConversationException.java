package dev.claudejava.agent;

import dev.claudejava.client.ClaudeException;

/**
 * A conversation that the API would reject, found before anything is sent: the first turn is not
 * {@code user}, or two turns in a row have the same role; or a conversation changed by another call
 * while this one ran.
 */
public class ConversationException extends ClaudeException {

  /** An exception with {@code message}, which names the offending turn. */
  public ConversationException(String message) {
    super(message);
  }
}
