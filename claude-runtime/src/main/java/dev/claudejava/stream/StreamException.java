package dev.claudejava.stream;

import dev.claudejava.client.ClaudeException;
import dev.claudejava.model.Message;
import org.jspecify.annotations.Nullable;

/**
 * A stream broke before its {@code message_stop}: the body ended early, or the connection failed
 * while reading. The reply is incomplete; what arrived is kept in {@link #partialMessage()}.
 */
public class StreamException extends ClaudeException {

  private final @Nullable Message partialMessage;

  public StreamException(String message, @Nullable Message partialMessage, @Nullable Throwable cause) {
    super(message, cause);
    this.partialMessage = partialMessage;
  }

  /** The message as far as it arrived, or null when not even {@code message_start} did. */
  public @Nullable Message partialMessage() {
    return partialMessage;
  }
}
