package dev.claudejava.agent;

/**
 * A structured reply that does not fit the Java type asked for: the message names the JSON path and
 * the mismatch, and quotes the offending value; {@link #result()} holds the reply.
 */
public class StructuredOutputException extends AgentException {

  public StructuredOutputException(String message, AgentResult result, Throwable cause) {
    super(message, result, cause);
  }
}
