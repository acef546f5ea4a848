package dev.claudejava.agent;

/**
 * The model kept asking for tools past the engine's {@code maxToolRounds}, or the server paused the
 * turn ({@code pause_turn}) more often than that; {@link #result()} holds the exchange so far.
 */
public class MaxToolRoundsException extends AgentException {

  /** The model asked for tools in more than {@code maxToolRounds} rounds. */
  public MaxToolRoundsException(int maxToolRounds, AgentResult result) {
    this("the model asked for tools in more than " + maxToolRounds + " rounds in a row; raise"
        + " maxToolRounds if the task needs more, or look at result().toolCalls() for a loop", result);
  }

  private MaxToolRoundsException(String message, AgentResult result) {
    super(message, result, null);
  }

  /** The server paused the turn more than {@code maxToolRounds} times in a row. */
  static MaxToolRoundsException paused(int maxToolRounds, AgentResult result) {
    return new MaxToolRoundsException("the server paused the turn (stop_reason pause_turn) more than " + maxToolRounds
        + " times in one call; raise maxToolRounds if a long server-tool task needs more, or look at result().exchange()",
        result);
  }
}
