package dev.claudejava.testkit;

import java.time.Duration;

/**
 * Scripted failures, for testing retries, timeouts and broken streams. Each is a {@link Reply} and
 * is enqueued like one:
 *
 * <pre>{@code
 * server.enqueue(Fault.status(529, "overloaded_error", "Overloaded").retryAfter("2"));
 * server.enqueue(Fault.dropConnection());
 * server.enqueue(Fault.delay(Duration.ofSeconds(5), Reply.text("late")));
 * server.enqueue(Reply.text("cut short").truncateAfterEvents(3));      // streams only
 * server.enqueue(Reply.text("boom").errorEventAfter(2, "overloaded_error", "Overloaded"));
 * server.enqueue(Reply.text("gone").resetAfterEvents(3));
 * }</pre>
 */
public final class Fault {

  private Fault() {}

  /** The server closes the connection without sending anything. */
  public static Reply dropConnection() {
    return Reply.connectionFailure(Reply.Kind.DROP);
  }

  /** The server resets the connection (a TCP RST) without sending anything. */
  public static Reply resetConnection() {
    return Reply.connectionFailure(Reply.Kind.RESET);
  }

  /**
   * An error status as the API sends it, for example {@code status(429, "rate_limit_error", "...")},
   * {@code status(500, "api_error", "Internal server error")} or
   * {@code status(529, "overloaded_error", "Overloaded")}; add {@link Reply#retryAfter} or
   * {@link Reply#retryAfterMs} as needed. The same as {@link Reply#error}.
   */
  public static Reply status(int status, String type, String message) {
    return Reply.error(status, type, message);
  }

  /** {@code then}, answered only after {@code delay}: a slow server. */
  public static Reply delay(Duration delay, Reply then) {
    return then.delay(delay);
  }
}
