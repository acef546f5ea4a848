package dev.claudejava.agent;

/**
 * A tool call failed and the engine's {@link ToolFaultPolicy} said to throw rather than tell the
 * model. {@link #toolCall()} holds the call; the cause is the tool's exception, if it threw.
 */
public class ToolExecutionException extends AgentException {

  private final ToolCall toolCall;

  /** The failed call and the exchange up to the reply that asked for it. */
  public ToolExecutionException(ToolCall toolCall, AgentResult result) {
    super("tool call " + toolCall.name() + " (" + toolCall.id() + ") failed: " + toolCall.outcome() + ": "
        + toolCall.result().text(), result, toolCall.failure());
    this.toolCall = toolCall;
  }

  /** The failed call. */
  public ToolCall toolCall() {
    return toolCall;
  }
}
