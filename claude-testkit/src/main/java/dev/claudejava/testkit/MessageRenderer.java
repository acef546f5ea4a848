package dev.claudejava.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a scripted message reply in the API's two shapes: a JSON {@code Message}, and the event
 * stream that builds the same message. Key order and padding-free JSON follow the API's recordings.
 */
final class MessageRenderer {

  private static final byte[] PING = event("ping", "{\"type\": \"ping\"}");

  private MessageRenderer() {}

  /**
   * The identity and token counts of one rendered reply.
   *
   * @param model the model the reply names
   * @param id the message id
   * @param inputTokens {@code usage.input_tokens}
   */
  record Header(String model, String id, int inputTokens) {}

  /** The reply's content blocks as the non-streamed message carries them. */
  static List<ObjectNode> content(Reply reply) {
    List<ObjectNode> content = new ArrayList<>();
    for (ReplyBlock block : reply.blocks) {
      content.add(complete(block));
    }
    return content;
  }

  /** The {@code Message} object. */
  static ObjectNode message(Reply reply, Header header) {
    ObjectNode message = messageHead(header);
    message.putArray("content").addAll(content(reply));
    message.put("stop_reason", reply.effectiveStopReason());
    message.put("stop_sequence", reply.stopSequence);
    message.set("stop_details", reply.stopDetails);
    message.set("usage", usage(reply, header, outputTokens(reply)));
    return message;
  }

  /** The events of the stream, each a complete {@code event:}/{@code data:} frame ending in a blank line. */
  static List<byte[]> events(Reply reply, Header header) {
    List<byte[]> events = new ArrayList<>();
    ObjectNode start = Json.object();
    start.put("type", "message_start");
    ObjectNode message = messageHead(header);
    message.putArray("content");
    message.putNull("stop_reason");
    message.putNull("stop_sequence");
    message.putNull("stop_details");
    message.set("usage", usage(reply, header, Math.min(1, outputTokens(reply))));
    start.set("message", message);
    events.add(event(start));
    if (reply.blocks.isEmpty()) {
      events.add(PING);
    }
    for (int index = 0; index < reply.blocks.size(); index++) {
      ReplyBlock block = reply.blocks.get(index);
      ObjectNode blockStart = Json.object();
      blockStart.put("type", "content_block_start");
      blockStart.put("index", index);
      blockStart.set("content_block", opening(block));
      events.add(event(blockStart));
      if (index == 0) {
        events.add(PING);
      }
      if (block instanceof ReplyBlock.Text) {
        for (String piece : pieces(((ReplyBlock.Text) block).text(), reply.chunkSize)) {
          events.add(delta(index, "text_delta", "text", piece));
        }
      } else if (block instanceof ReplyBlock.Thinking) {
        ReplyBlock.Thinking thinking = (ReplyBlock.Thinking) block;
        for (String piece : pieces(thinking.thinking(), reply.chunkSize)) {
          events.add(delta(index, "thinking_delta", "thinking", piece));
        }
        events.add(delta(index, "signature_delta", "signature", thinking.signature()));
      } else if (block instanceof ReplyBlock.ToolUse) {
        events.add(delta(index, "input_json_delta", "partial_json", ""));
        for (String piece : pieces(((ReplyBlock.ToolUse) block).inputJson(), reply.chunkSize)) {
          events.add(delta(index, "input_json_delta", "partial_json", piece));
        }
      }
      ObjectNode blockStop = Json.object();
      blockStop.put("type", "content_block_stop");
      blockStop.put("index", index);
      events.add(event(blockStop));
    }
    ObjectNode messageDelta = Json.object();
    messageDelta.put("type", "message_delta");
    ObjectNode delta = messageDelta.putObject("delta");
    delta.put("stop_reason", reply.effectiveStopReason());
    delta.put("stop_sequence", reply.stopSequence);
    delta.set("stop_details", reply.stopDetails);
    ObjectNode usage = messageDelta.putObject("usage");
    usage.put("input_tokens", header.inputTokens());
    usage.put("cache_creation_input_tokens", reply.cacheCreationInputTokens);
    usage.put("cache_read_input_tokens", reply.cacheReadInputTokens);
    usage.put("output_tokens", outputTokens(reply));
    events.add(event(messageDelta));
    ObjectNode stop = Json.object();
    stop.put("type", "message_stop");
    events.add(event(stop));
    return events;
  }

  /** An {@code event: error} frame, as the API sends when a stream fails part-way. */
  static byte[] errorEvent(String type, String message, String requestId) {
    return event(errorBody(type, message, requestId));
  }

  /** The API's error body: {@code {"type":"error","error":{"type":..,"message":..},"request_id":..}}. */
  static ObjectNode errorBody(String type, String message, String requestId) {
    ObjectNode body = Json.object();
    body.put("type", "error");
    ObjectNode error = body.putObject("error");
    error.put("type", type);
    error.put("message", message);
    body.put("request_id", requestId);
    return body;
  }

  /** A raw event stream cut into events, each ending after its blank line; the bytes are unchanged. */
  static List<byte[]> splitEvents(String sse) {
    List<byte[]> events = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < sse.length()) {
      int end = -1;
      if (sse.startsWith("\r\n\r\n", i)) {
        end = i + 4;
      } else if (sse.startsWith("\n\n", i) || sse.startsWith("\r\r", i)) {
        end = i + 2;
      }
      if (end < 0) {
        i++;
        continue;
      }
      events.add(sse.substring(start, end).getBytes(StandardCharsets.UTF_8));
      start = end;
      i = end;
    }
    if (start < sse.length()) {
      events.add(sse.substring(start).getBytes(StandardCharsets.UTF_8));
    }
    return events;
  }

  private static ObjectNode messageHead(Header header) {
    ObjectNode message = Json.object();
    message.put("model", header.model());
    message.put("id", header.id());
    message.put("type", "message");
    message.put("role", "assistant");
    return message;
  }

  private static ObjectNode usage(Reply reply, Header header, int outputTokens) {
    ObjectNode usage = Json.object();
    usage.put("input_tokens", header.inputTokens());
    usage.put("cache_creation_input_tokens", reply.cacheCreationInputTokens);
    usage.put("cache_read_input_tokens", reply.cacheReadInputTokens);
    ObjectNode cacheCreation = usage.putObject("cache_creation");
    cacheCreation.put("ephemeral_5m_input_tokens", reply.cacheCreationInputTokens);
    cacheCreation.put("ephemeral_1h_input_tokens", 0);
    usage.put("output_tokens", outputTokens);
    usage.put("service_tier", "standard");
    usage.put("inference_geo", "not_available");
    return usage;
  }

  private static int outputTokens(Reply reply) {
    return reply.outputTokens != null ? reply.outputTokens : TokenEstimate.outputTokens(reply.blocks);
  }

  /** A block as the finished message carries it. */
  private static ObjectNode complete(ReplyBlock block) {
    ObjectNode json = Json.object();
    if (block instanceof ReplyBlock.Text) {
      json.put("type", "text");
      json.put("text", ((ReplyBlock.Text) block).text());
    } else if (block instanceof ReplyBlock.Thinking) {
      ReplyBlock.Thinking thinking = (ReplyBlock.Thinking) block;
      json.put("type", "thinking");
      json.put("thinking", thinking.thinking());
      json.put("signature", thinking.signature());
    } else if (block instanceof ReplyBlock.RedactedThinking) {
      json.put("type", "redacted_thinking");
      json.put("data", ((ReplyBlock.RedactedThinking) block).data());
    } else if (block instanceof ReplyBlock.ToolUse) {
      ReplyBlock.ToolUse toolUse = (ReplyBlock.ToolUse) block;
      json.put("type", "tool_use");
      json.put("id", toolUse.id());
      json.put("name", toolUse.name());
      json.set("input", toolUse.input().deepCopy());
      json.putObject("caller").put("type", "direct");
    } else {
      return ((ReplyBlock.Raw) block).block().deepCopy();
    }
    return json;
  }

  /** A block as its {@code content_block_start} carries it, before any delta. */
  private static JsonNode opening(ReplyBlock block) {
    if (block instanceof ReplyBlock.Text) {
      ObjectNode json = Json.object();
      json.put("type", "text");
      json.put("text", "");
      return json;
    }
    if (block instanceof ReplyBlock.Thinking) {
      ObjectNode json = Json.object();
      json.put("type", "thinking");
      json.put("thinking", "");
      json.put("signature", "");
      return json;
    }
    if (block instanceof ReplyBlock.ToolUse) {
      ReplyBlock.ToolUse toolUse = (ReplyBlock.ToolUse) block;
      ObjectNode json = Json.object();
      json.put("type", "tool_use");
      json.put("id", toolUse.id());
      json.put("name", toolUse.name());
      json.putObject("caller").put("type", "direct");
      json.putObject("input");
      return json;
    }
    return complete(block);
  }

  private static byte[] delta(int index, String deltaType, String field, String value) {
    ObjectNode event = Json.object();
    event.put("type", "content_block_delta");
    event.put("index", index);
    ObjectNode delta = event.putObject("delta");
    delta.put("type", deltaType);
    delta.put(field, value);
    return event(event);
  }

  /** Consecutive pieces of at most {@code size} code points; none for an empty string. */
  static List<String> pieces(String text, int size) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.offsetByCodePoints(start, Math.min(size, text.codePointCount(start, text.length())));
      pieces.add(text.substring(start, end));
      start = end;
    }
    return pieces;
  }

  private static byte[] event(ObjectNode data) {
    return event(data.path("type").asText(), Json.write(data));
  }

  private static byte[] event(String name, String data) {
    return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
  }
}
