package dev.claudejava.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.tool.ToolResult;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One tool call the engine made: what the model asked for, what was sent back, and how long it took.
 *
 * @param id the {@code tool_use} id
 * @param name the tool's name
 * @param input the model's input
 * @param outcome how the call ended
 * @param result what the model was sent
 * @param duration the call's wall time
 * @param failure the exception behind a failed outcome, or null
 */
public record ToolCall(
    String id,
    String name,
    JsonNode input,
    Outcome outcome,
    ToolResult result,
    Duration duration,
    @Nullable Throwable failure) {

  /** Every component but {@code failure} is required. */
  public ToolCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(duration, "duration");
  }

  /** How a tool call ended. */
  public enum Outcome {
    /** The tool returned a result (which may itself be an error result the tool chose to send). */
    SUCCEEDED,
    /** The tool threw. */
    FAILED,
    /** The model named a tool that does not exist. */
    UNKNOWN_TOOL,
    /** The model's input did not decode into the tool's parameters. */
    INVALID_INPUT
  }

  /** Whether the call did not succeed. */
  public boolean isFault() {
    return outcome != Outcome.SUCCEEDED;
  }
}
