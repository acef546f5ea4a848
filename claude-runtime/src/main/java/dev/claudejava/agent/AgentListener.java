package dev.claudejava.agent;

import dev.claudejava.client.ClaudeException;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.ToolUseBlock;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Told what the engine does, to log, trace or meter it. Every method does nothing by default. The
 * engine's default listener is {@link #logging()}: debug-level log lines that print nothing unless
 * debug logging is enabled.
 * Listeners run on the engine's threads (tool events on the tool's thread) and must be quick and
 * thread-safe; an exception a listener throws fails the call.
 */
public interface AgentListener {

  /** Does nothing. */
  AgentListener NONE = new AgentListener() {};

  /** A request is about to be sent; {@code round} counts from 1 within one call. */
  default void onRequest(int round, MessageRequest request) {}

  /** A reply arrived, {@code elapsed} after its request was sent. */
  default void onResponse(int round, Message reply, Duration elapsed) {}

  /** A tool call starts. */
  default void onToolStarted(ToolUseBlock call) {}

  /** A tool call finished, however it ended. */
  default void onToolFinished(ToolCall call) {}

  /** A failed request will be retried after {@code delay}. */
  default void onRetry(int attempt, Duration delay, ClaudeException cause) {}

  /**
   * A listener that logs every event at {@link Level#DEBUG} through {@link System.Logger} (the JDK's
   * logging facade, which frameworks such as SLF4J and Log4j can take over): nothing appears unless
   * that level is enabled for {@code dev.claudejava.agent}.
   */
  static AgentListener logging() {
    return LoggingListener.INSTANCE;
  }
}
