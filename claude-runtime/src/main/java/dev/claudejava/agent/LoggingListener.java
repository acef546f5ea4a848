package dev.claudejava.agent;

import dev.claudejava.client.ClaudeException;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.ToolUseBlock;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;

/** {@link AgentListener#logging()}: every event as a debug line of {@code dev.claudejava.agent}, built only when enabled. */
final class LoggingListener implements AgentListener {

  static final AgentListener INSTANCE = new LoggingListener();

  private final Logger log = System.getLogger("dev.claudejava.agent");

  private LoggingListener() {}

  @Override
  public void onRequest(int round, MessageRequest request) {
    log.log(Level.DEBUG, () -> "round " + round + ": sending " + request.messages().size() + " turns to "
        + request.model());
  }

  @Override
  public void onResponse(int round, Message reply, Duration elapsed) {
    log.log(Level.DEBUG, () -> "round " + round + ": " + reply.stopReason() + " after " + elapsed.toMillis()
        + " ms, " + reply.usage().inputTokens() + " input / " + reply.usage().outputTokens() + " output tokens"
        + " (cache: " + reply.usage().cacheReadInputTokens() + " read, "
        + reply.usage().cacheCreationInputTokens() + " written)");
  }

  @Override
  public void onToolStarted(ToolUseBlock call) {
    log.log(Level.DEBUG, () -> "tool " + call.name() + " (" + call.id() + ") started");
  }

  @Override
  public void onToolFinished(ToolCall call) {
    log.log(Level.DEBUG, () -> "tool " + call.name() + " (" + call.id() + ") " + call.outcome() + " in "
        + call.duration().toMillis() + " ms");
  }

  @Override
  public void onRetry(int attempt, Duration delay, ClaudeException cause) {
    log.log(Level.DEBUG, () -> "attempt " + attempt + " failed (" + cause.getMessage() + "); retrying in "
        + delay.toMillis() + " ms");
  }
}
