package dev.claudejava.agent;

/**
 * The reply reached {@code max_tokens} and is cut short; {@link #result()}'s message is the partial
 * reply. Raise {@code maxTokens}, or ask the engine for the raw result to accept partial replies.
 */
public class MaxTokensException extends AgentException {

  /** The exchange whose last reply was cut short. */
  public MaxTokensException(AgentResult result) {
    super("the reply reached max_tokens and is cut short (" + result.message().usage().outputTokens()
        + " output tokens); raise maxTokens, or accept partial replies with RunOptions.acceptingMaxTokens()",
        result, null);
  }
}
