package dev.claudejava.client;

/** The request did not reach the API, or the connection broke before a reply came (after every retry). */
public class ConnectionException extends ClaudeException {

  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
