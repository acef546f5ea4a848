package dev.claudejava.model;

import java.util.Objects;

/**
 * Why the model stopped. The constants are the values the API documents; a value it adds later is
 * kept as it came ({@link #isKnown()} is false), never an error.
 *
 * @param value the stop reason as the API spells it
 */
public record StopReason(String value) {

  /** The model finished its turn. */
  public static final StopReason END_TURN = new StopReason("end_turn");
  /** The reply reached {@code max_tokens}; it is cut short. */
  public static final StopReason MAX_TOKENS = new StopReason("max_tokens");
  /** The model wrote one of the request's stop sequences. */
  public static final StopReason STOP_SEQUENCE = new StopReason("stop_sequence");
  /** The model wants to call tools; send their results to continue. */
  public static final StopReason TOOL_USE = new StopReason("tool_use");
  /** A long turn was paused; send the conversation again, as is, to let it continue. */
  public static final StopReason PAUSE_TURN = new StopReason("pause_turn");
  /** The model declined; surface it, never retry the same request. */
  public static final StopReason REFUSAL = new StopReason("refusal");
  /** The conversation no longer fits the model's context window. */
  public static final StopReason MODEL_CONTEXT_WINDOW_EXCEEDED = new StopReason("model_context_window_exceeded");

  private static final StopReason[] KNOWN = {
    END_TURN, MAX_TOKENS, STOP_SEQUENCE, TOOL_USE, PAUSE_TURN, REFUSAL, MODEL_CONTEXT_WINDOW_EXCEEDED
  };

  public StopReason {
    Objects.requireNonNull(value, "value");
  }

  /** The stop reason for a wire value: one of the constants, or a new instance for a value they do not name. */
  public static StopReason of(String value) {
    for (StopReason known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new StopReason(value);
  }

  /** Whether this is one of the values the library knows. */
  public boolean isKnown() {
    for (StopReason known : KNOWN) {
      if (known.value.equals(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return value;
  }
}
