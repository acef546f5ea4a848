package dev.claudejava.agent;

import org.jspecify.annotations.Nullable;

/**
 * A structured reply that does not fit the Java type asked for: the message names the JSON path and
 * the mismatch, and quotes the offending value; {@link #result()} holds the reply.
 */
public class StructuredOutputException extends AgentException {

  /** A reply that did not fit, with the message that says where and the parser's exception, if any. */
  public StructuredOutputException(String message, AgentResult result, @Nullable Throwable cause) {
    super(message, result, cause);
  }
}
