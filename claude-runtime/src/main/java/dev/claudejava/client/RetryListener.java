package dev.claudejava.client;

import java.time.Duration;

/** Told each time the client schedules a retry, for logging or metrics. */
@FunctionalInterface
public interface RetryListener {

  /**
   * A failed attempt will be retried.
   *
   * @param attempt the attempt that failed, from 1
   * @param delay how long the client waits before the next attempt
   * @param cause why the attempt failed
   */
  void onRetry(int attempt, Duration delay, ClaudeException cause);
}
