package dev.claudejava.agent;

/**
 * The model kept asking for tools past the engine's {@code maxToolRounds}; {@link #result()} holds
 * the exchange so far.
 */
public class MaxToolRoundsException extends AgentException {

  public MaxToolRoundsException(int maxToolRounds, AgentResult result) {
    super("the model asked for tools in more than " + maxToolRounds + " rounds in a row; raise"
        + " maxToolRounds if the task needs more, or look at result().toolCalls() for a loop", result, null);
  }
}
