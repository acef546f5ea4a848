package dev.claudejava.agent;

import dev.claudejava.client.ClaudeException;
import org.jspecify.annotations.Nullable;

/**
 * An engine call that ended without the answer asked for; {@link #result()} holds the exchange so
 * far (the conversation, if any, was left as it was).
 */
public abstract class AgentException extends ClaudeException {

  private final AgentResult result;

  protected AgentException(String message, AgentResult result, @Nullable Throwable cause) {
    super(message, cause);
    this.result = result;
  }

  /** The exchange up to the failure: the last reply, the turns, usage and tool calls so far. */
  public AgentResult result() {
    return result;
  }
}
