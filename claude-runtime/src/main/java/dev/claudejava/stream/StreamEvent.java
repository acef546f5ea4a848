package dev.claudejava.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Message;
import dev.claudejava.model.StopDetails;
import dev.claudejava.model.StopReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of a streamed reply. A stream is {@link MessageStart}, then for each content block a
 * {@link ContentBlockStart}, its {@link ContentBlockDelta}s and a {@link ContentBlockStop}, then
 * {@link MessageDelta} and {@link MessageStop}; {@link Ping}s may come anywhere. An event type the
 * library does not know arrives as {@link UnknownEvent}, never as an error.
 */
public sealed interface StreamEvent {

  /** The event's {@code type} as the API spells it. */
  String type();

  /**
   * The reply begins.
   *
   * @param message the message so far: id, model, input usage, no content yet
   */
  record MessageStart(Message message) implements StreamEvent {
    public MessageStart {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String type() {
      return "message_start";
    }
  }

  /**
   * A content block begins.
   *
   * @param index the block's position in the final message's content
   * @param block the block's start: empty text, a tool call with empty input, ...
   */
  record ContentBlockStart(int index, ContentBlock block) implements StreamEvent {
    public ContentBlockStart {
      Objects.requireNonNull(block, "block");
    }

    @Override
    public String type() {
      return "content_block_start";
    }
  }

  /**
   * A piece of a content block.
   *
   * @param index the block's position
   * @param delta the piece
   */
  record ContentBlockDelta(int index, Delta delta) implements StreamEvent {
    public ContentBlockDelta {
      Objects.requireNonNull(delta, "delta");
    }

    @Override
    public String type() {
      return "content_block_delta";
    }
  }

  /**
   * A content block is complete.
   *
   * @param index the block's position
   */
  record ContentBlockStop(int index) implements StreamEvent {
    @Override
    public String type() {
      return "content_block_stop";
    }
  }

  /**
   * Top-level changes to the message: why it stopped, and usage.
   *
   * @param stopReason why the model stopped, or null
   * @param stopSequence the stop sequence that ended it, or null
   * @param stopDetails more about a refusal, or null
   * @param usage the usage fields this event carries (cumulative counts; typically output tokens,
   *     sometimes input and cache figures too); treat it as read-only
   * @param json the whole event as the API sent it; treat it as read-only
   */
  record MessageDelta(
      @Nullable StopReason stopReason,
      @Nullable String stopSequence,
      @Nullable StopDetails stopDetails,
      ObjectNode usage,
      ObjectNode json) implements StreamEvent {
    public MessageDelta {
      Objects.requireNonNull(usage, "usage");
      Objects.requireNonNull(json, "json");
    }

    @Override
    public String type() {
      return "message_delta";
    }
  }

  /** The reply is complete. */
  record MessageStop() implements StreamEvent {
    @Override
    public String type() {
      return "message_stop";
    }
  }

  /** A keep-alive; carries nothing. */
  record Ping() implements StreamEvent {
    @Override
    public String type() {
      return "ping";
    }
  }

  /**
   * An event of a type the library does not know, passed through as it came.
   *
   * @param type the event's type
   * @param json the event as the API sent it; treat it as read-only
   */
  record UnknownEvent(String type, ObjectNode json) implements StreamEvent {
    public UnknownEvent {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(json, "json");
    }
  }
}
