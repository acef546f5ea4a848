package dev.claudejava.stream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A hand-written SSE transcript in the API's event order, for tests. */
final class Transcript {

  private final StringBuilder sse = new StringBuilder();

  static Transcript start() {
    return new Transcript().event("message_start",
        "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
            + "\"model\":\"claude-opus-4-8\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
            + "\"usage\":{\"input_tokens\":10,\"cache_creation_input_tokens\":2,\"cache_read_input_tokens\":3,"
            + "\"output_tokens\":1,\"service_tier\":\"standard\"}}}");
  }

  Transcript event(String type, String json) {
    sse.append("event: ").append(type).append('\n').append("data: ").append(json).append("\n\n");
    return this;
  }

  Transcript text(int index, String... pieces) {
    event("content_block_start",
        "{\"type\":\"content_block_start\",\"index\":" + index + ",\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
    for (String piece : pieces) {
      event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
          + ",\"delta\":{\"type\":\"text_delta\",\"text\":\"" + piece + "\"}}");
    }
    return stop(index);
  }

  Transcript toolUse(int index, String id, String name, String... partialJson) {
    event("content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index
        + ",\"content_block\":{\"type\":\"tool_use\",\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"input\":{}}}");
    for (String piece : partialJson) {
      event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
          + ",\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":" + quote(piece) + "}}");
    }
    return stop(index);
  }

  Transcript thinking(int index, String signature, String... pieces) {
    event("content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index
        + ",\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}");
    for (String piece : pieces) {
      event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
          + ",\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"" + piece + "\"}}");
    }
    event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
        + ",\"delta\":{\"type\":\"signature_delta\",\"signature\":\"" + signature + "\"}}");
    return stop(index);
  }

  Transcript stop(int index) {
    return event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
  }

  Transcript ping() {
    return event("ping", "{\"type\":\"ping\"}");
  }

  Transcript end(String stopReason, int outputTokens) {
    return event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stopReason
            + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + outputTokens + "}}")
        .event("message_stop", "{\"type\":\"message_stop\"}");
  }

  String text() {
    return sse.toString();
  }

  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  MessageStream stream() {
    return MessageStream.of(new ByteArrayInputStream(bytes()), "req_test");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** An input stream that returns the bytes in reads of the given sizes (cycling), then the rest. */
  static InputStream chunked(byte[] bytes, int... sizes) {
    return new InputStream() {
      private int position;
      private int turn;

      @Override
      public int read() {
        return position < bytes.length ? bytes[position++] & 0xff : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (position >= bytes.length) {
          return -1;
        }
        int size = sizes.length == 0 ? length : Math.max(1, sizes[turn++ % sizes.length]);
        int n = Math.min(Math.min(size, length), bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
      }
    };
  }

  /** An input stream that returns {@code bytes} and then fails, as a connection reset does. */
  static InputStream failingAfter(byte[] bytes) {
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        if (position < bytes.length) {
          return bytes[position++] & 0xff;
        }
        throw new IOException("Connection reset");
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position >= bytes.length) {
          throw new IOException("Connection reset");
        }
        int n = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
      }
    };
  }
}
