package dev.claudejava.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudejava.client.ApiException;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.StopDetails;
import dev.claudejava.model.StopReason;
import org.jspecify.annotations.Nullable;

/** Reads the typed {@link StreamEvent} of one server-sent event. */
final class StreamEvents {

  private static final StreamEvent.Ping PING = new StreamEvent.Ping();
  private static final StreamEvent.MessageStop MESSAGE_STOP = new StreamEvent.MessageStop();

  private StreamEvents() {}

  /**
   * The event {@code sse} carries; its type comes from the JSON's {@code type}, else from the SSE
   * {@code event:} field.
   *
   * @throws ApiException for an {@code error} event
   * @throws IllegalArgumentException when the data is not a JSON object
   */
  static StreamEvent read(SseEvent sse, @Nullable String requestId) {
    ObjectNode json;
    if (sse.data().isBlank()) {
      json = Wire.objectNode();
    } else {
      JsonNode parsed = Wire.parse(sse.data());
      if (!parsed.isObject()) {
        throw new IllegalArgumentException("an event's data must be a JSON object; got " + Wire.abbreviate(sse.data(), 200));
      }
      json = (ObjectNode) parsed;
    }
    String type = json.path("type").isTextual() ? json.get("type").asText() : sse.event() != null ? sse.event() : "";
    switch (type) {
      case "message_start":
        return new StreamEvent.MessageStart(Wire.readMessage(json.path("message")));
      case "content_block_start":
        return new StreamEvent.ContentBlockStart(json.path("index").asInt(), Wire.readBlock(json.path("content_block")));
      case "content_block_delta":
        return new StreamEvent.ContentBlockDelta(json.path("index").asInt(), delta(json.path("delta")));
      case "content_block_stop":
        return new StreamEvent.ContentBlockStop(json.path("index").asInt());
      case "message_delta": {
        JsonNode delta = json.path("delta");
        JsonNode details = delta.path("stop_details");
        JsonNode usage = json.path("usage");
        return new StreamEvent.MessageDelta(
            delta.path("stop_reason").isTextual() ? StopReason.of(delta.get("stop_reason").asText()) : null,
            delta.path("stop_sequence").isTextual() ? delta.get("stop_sequence").asText() : null,
            details.isObject() ? new StopDetails((ObjectNode) details) : null,
            usage.isObject() ? (ObjectNode) usage : Wire.objectNode(),
            json);
      }
      case "message_stop":
        return MESSAGE_STOP;
      case "ping":
        return PING;
      case "error": {
        JsonNode error = json.path("error");
        String id = json.path("request_id").isTextual() ? json.get("request_id").asText() : requestId;
        throw ApiException.of(200, error.path("type").asText("api_error"), error.path("message").asText(""), id);
      }
      default:
        return new StreamEvent.UnknownEvent(type, json);
    }
  }

  private static Delta delta(JsonNode json) {
    switch (json.path("type").asText("")) {
      case "text_delta":
        return new Delta.TextDelta(json.path("text").asText(""));
      case "input_json_delta":
        return new Delta.InputJsonDelta(json.path("partial_json").asText(""));
      case "thinking_delta":
        return new Delta.ThinkingDelta(json.path("thinking").asText(""));
      case "signature_delta":
        return new Delta.SignatureDelta(json.path("signature").asText(""));
      case "citations_delta":
        if (json.path("citation").isObject()) {
          return new Delta.CitationsDelta((ObjectNode) json.get("citation"));
        }
        return new Delta.UnknownDelta(json.isObject() ? (ObjectNode) json : Wire.objectNode());
      default:
        return new Delta.UnknownDelta(json.isObject() ? (ObjectNode) json : Wire.objectNode());
    }
  }
}
