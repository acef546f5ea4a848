package dev.claudejava.agent;

import dev.claudejava.model.StopReason;

/**
 * The reply is cut short: it reached {@code max_tokens}, or the conversation filled the model's
 * context window ({@code model_context_window_exceeded}); {@link #result()}'s message is the partial
 * reply. Raise {@code maxTokens} (or shorten the conversation), or ask the engine for the raw result
 * to accept partial replies.
 */
public class MaxTokensException extends AgentException {

  /** The exchange whose last reply was cut short. */
  public MaxTokensException(AgentResult result) {
    super(describe(result), result, null);
  }

  private static String describe(AgentResult result) {
    String tokens = result.message().usage().outputTokens() + " output tokens";
    String accept = "accept partial replies with RunOptions.acceptingMaxTokens()";
    return StopReason.MODEL_CONTEXT_WINDOW_EXCEEDED.equals(result.message().stopReason())
        ? "the reply filled the model's context window (stop_reason model_context_window_exceeded) and is cut short ("
            + tokens + ", " + result.message().usage().inputTokens() + " input tokens); shorten the conversation, or "
            + accept
        : "the reply reached max_tokens and is cut short (" + tokens + "); raise maxTokens, or " + accept;
  }
}
