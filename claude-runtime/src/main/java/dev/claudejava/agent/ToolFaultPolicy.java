package dev.claudejava.agent;

/**
 * Decides what a failed tool call becomes. By default every fault is sent to the model as an
 * {@code is_error} tool result, which it reads and can react to (correct its input, try another tool,
 * or tell the user); a policy can turn faults into a {@link ToolExecutionException} instead.
 */
@FunctionalInterface
public interface ToolFaultPolicy {

  /** Every fault goes to the model. */
  ToolFaultPolicy TELL_THE_MODEL = call -> false;

  /** Every fault is thrown. */
  ToolFaultPolicy THROW = call -> true;

  /** A tool that threw is thrown; input errors and unknown tools go to the model, which can correct them. */
  ToolFaultPolicy THROW_TOOL_FAILURES = call -> call.outcome() == ToolCall.Outcome.FAILED;

  /**
   * Whether the engine throws for {@code call} instead of sending its error result.
   *
   * @param call a call whose {@link ToolCall#isFault()} is true
   */
  boolean shouldThrow(ToolCall call);
}
