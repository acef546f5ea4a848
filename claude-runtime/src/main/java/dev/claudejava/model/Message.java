package dev.claudejava.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudejava.internal.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reply from the Messages API: one assistant turn.
 *
 * @param id the message id, {@code msg_...}
 * @param type always {@code "message"}
 * @param role always {@link Role#ASSISTANT}
 * @param model the model that replied
 * @param content the reply's blocks, in order
 * @param stopReason why the model stopped; null only in a stream's first event
 * @param stopSequence the stop sequence that ended the reply, or null
 * @param stopDetails more about a refusal, or null
 * @param usage the reply's token counts
 * @param extras every other top-level field the API sent ({@code container}, ...); treat it as read-only
 */
public record Message(
    String id,
    String type,
    Role role,
    String model,
    List<ContentBlock> content,
    @Nullable StopReason stopReason,
    @Nullable String stopSequence,
    @Nullable StopDetails stopDetails,
    Usage usage,
    ObjectNode extras) {

  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(model, "model");
    content = List.copyOf(content);
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(extras, "extras");
  }

  /** A message with no extras, for tests and hand-built replies. */
  public static Message of(
      String id, String model, List<ContentBlock> content, @Nullable StopReason stopReason, Usage usage) {
    return new Message(
        id, "message", Role.ASSISTANT, model, content, stopReason, null, null, usage,
        JsonNodeFactory.instance.objectNode());
  }

  /** The text of every text block, joined in order; empty when there is none. */
  public String text() {
    return joinText(content);
  }

  /** The tool calls the model asked for, in order. */
  public List<ToolUseBlock> toolUses() {
    List<ToolUseBlock> uses = new ArrayList<>();
    for (ContentBlock block : content) {
      if (block instanceof ToolUseBlock use) {
        uses.add(use);
      }
    }
    return List.copyOf(uses);
  }

  /** This reply as a turn to send back in the next request: every block, unchanged. */
  public MessageParam toParam() {
    return new MessageParam(role, content);
  }

  /** This message as the API's JSON. */
  public String toJson() {
    return Wire.toJson(this);
  }

  /** A message from the API's JSON. */
  public static Message fromJson(String json) {
    return Wire.readMessage(Wire.parse(json));
  }

  static String joinText(List<ContentBlock> blocks) {
    StringBuilder text = new StringBuilder();
    for (ContentBlock block : blocks) {
      if (block instanceof TextBlock t) {
        text.append(t.text());
      }
    }
    return text.toString();
  }
}
