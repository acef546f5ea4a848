package dev.claudejava.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scripted answer of a {@link MockClaudeServer}: a message, an error, a byte-exact body, or a
 * failure of the connection itself (see {@link Fault}).
 *
 * <p>A message reply is independent of the transport: the server renders it as a JSON
 * {@code Message} when the request does not ask for {@code "stream": true}, and as server-sent events
 * in the API's order when it does ({@code message_start}, then per block {@code content_block_start},
 * its deltas and {@code content_block_stop}, a {@code ping} after the first block start,
 * {@code message_delta}, {@code message_stop}). Text is split into several {@code text_delta}s of
 * {@link Builder#chunkSize} characters, tool input into {@code input_json_delta}s whose first
 * {@code partial_json} is {@code ""}, thinking into {@code thinking_delta}s followed by one
 * {@code signature_delta}.
 *
 * <p>Left unset, the model is the request's, the id is {@code msg_01} and a counter, input tokens are
 * {@link TokenEstimate#inputTokens} of the request, output tokens a quarter of the characters
 * generated, and the stop reason is {@code tool_use} when the reply has a tool call,
 * {@code stop_sequence} when a stop sequence is set, {@code end_turn} otherwise.
 *
 * <p>Replies are immutable; the {@code with...}-style methods return a changed copy.
 *
 * <pre>{@code
 * Reply.text("Hello!");
 * Reply.builder().text("Checking.").toolUse("toolu_01", "get_weather", "{\"city\":\"Paris\"}").build();
 * Reply.error(429, "rate_limit_error", "Slow down").retryAfter("1");
 * Reply.text("a long answer").eventDelay(Duration.ofMillis(50)).resetAfterEvents(4);
 * }</pre>
 */
public final class Reply {

  /** What the server does with the reply. */
  enum Kind { MESSAGE, ERROR, RAW, SSE, DROP, RESET }

  /** The ways a streamed reply can fail part-way. */
  enum StreamFaultKind { TRUNCATE, ERROR_EVENT, RESET }

  /**
   * A failure of a streamed reply after {@code afterEvents} events.
   *
   * @param errorType for an error event, its {@code error.type}
   * @param errorMessage for an error event, its {@code error.message}
   */
  record StreamFault(StreamFaultKind kind, int afterEvents, String errorType, String errorMessage) {}

  static final int DEFAULT_CHUNK_SIZE = 4;

  final Kind kind;
  final List<ReplyBlock> blocks;
  final @Nullable String stopReason;
  final @Nullable String stopSequence;
  final @Nullable JsonNode stopDetails;
  final @Nullable String model;
  final @Nullable String id;
  final @Nullable Integer inputTokens;
  final @Nullable Integer outputTokens;
  final int cacheCreationInputTokens;
  final int cacheReadInputTokens;
  final int status;
  final @Nullable String errorType;
  final @Nullable String errorMessage;
  final @Nullable String body;
  final Map<String, String> headers;
  final Duration delay;
  final Duration eventDelay;
  final int chunkSize;
  final @Nullable StreamFault streamFault;

  private Reply(Builder b) {
    this.kind = b.kind;
    this.blocks = List.copyOf(b.blocks);
    this.stopReason = b.stopReason;
    this.stopSequence = b.stopSequence;
    this.stopDetails = b.stopDetails;
    this.model = b.model;
    this.id = b.id;
    this.inputTokens = b.inputTokens;
    this.outputTokens = b.outputTokens;
    this.cacheCreationInputTokens = b.cacheCreationInputTokens;
    this.cacheReadInputTokens = b.cacheReadInputTokens;
    this.status = b.status;
    this.errorType = b.errorType;
    this.errorMessage = b.errorMessage;
    this.body = b.body;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.delay = b.delay;
    this.eventDelay = b.eventDelay;
    this.chunkSize = b.chunkSize;
    this.streamFault = b.streamFault;
  }

  /** A message with one text block that ends the turn ({@code end_turn}). */
  public static Reply text(String text) {
    return builder().text(text).build();
  }

  /** A builder for a message reply with any content. */
  public static Builder builder() {
    return new Builder(Kind.MESSAGE);
  }

  /**
   * An API error as the API sends it: {@code status}, a JSON body
   * {@code {"type":"error","error":{"type":type,"message":message},"request_id":"req_..."}}, and the
   * API's {@code x-should-retry} header ({@code true} for 408, 409, 429 and 5xx, {@code false}
   * otherwise; {@link #withHeader} overrides it).
   *
   * @param status an HTTP status from 400 to 599, for example 429 or 529
   * @param type the error type, for example {@code "rate_limit_error"} or {@code "overloaded_error"}
   * @param message the error message
   */
  public static Reply error(int status, String type, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "an error reply needs a status from 400 to 599, not " + status + "; use Reply.raw(...) for any other");
    }
    Builder b = new Builder(Kind.ERROR);
    b.status = status;
    b.errorType = requireText(type, "type");
    b.errorMessage = Objects.requireNonNull(message, "message");
    return b.build();
  }

  /** A byte-exact response: {@code status} and {@code body} (UTF-8) as given, plus a request-id header. */
  public static Reply raw(int status, String body) {
    return raw(status, Map.of(), body);
  }

  /**
   * A byte-exact response: {@code status}, {@code headers} and {@code body} (UTF-8) as given, plus a
   * {@code request-id} header unless {@code headers} has one. {@code Content-Length} and
   * {@code Transfer-Encoding} are the server's to set and are ignored here.
   */
  public static Reply raw(int status, Map<String, String> headers, String body) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("a raw reply needs a status from 200 to 599, not " + status);
    }
    Builder b = new Builder(Kind.RAW);
    b.status = status;
    headers.forEach(b::header);
    b.body = Objects.requireNonNull(body, "body");
    return b.build();
  }

  /**
   * A byte-exact event stream, for replaying a recording: status 200,
   * {@code content-type: text/event-stream; charset=utf-8}, and {@code rawSseBody} sent as it is, one
   * chunk per event (each event ends at a blank line), so that stream options ({@link #eventDelay},
   * the stream faults) apply to it as to a rendered stream. It is sent whether or not the request asked
   * for a stream.
   */
  public static Reply sse(String rawSseBody) {
    Builder b = new Builder(Kind.SSE);
    b.status = 200;
    b.body = Objects.requireNonNull(rawSseBody, "rawSseBody");
    return b.build();
  }

  static Reply connectionFailure(Kind kind) {
    return new Builder(kind).build();
  }

  /** A builder holding everything this reply holds. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This reply with one more response header (names are case-insensitive; a later value wins). */
  public Reply withHeader(String name, String value) {
    return toBuilder().header(name, value).build();
  }

  /** This reply with a {@code retry-after} header in seconds, as the API sends with 429 and 529. */
  public Reply retryAfter(String seconds) {
    return withHeader("retry-after", seconds);
  }

  /** This reply with a {@code retry-after-ms} header. */
  public Reply retryAfterMs(long millis) {
    return withHeader("retry-after-ms", Long.toString(millis));
  }

  /** This reply sent only after {@code delay}: a slow server. The server notices a client that gives up. */
  public Reply delay(Duration delay) {
    return toBuilder().delay(delay).build();
  }

  /** This reply streamed with {@code delay} between events. */
  public Reply eventDelay(Duration delay) {
    return toBuilder().eventDelay(delay).build();
  }

  /** This reply streamed with text, thinking and tool input split into pieces of {@code characters}. */
  public Reply chunkSize(int characters) {
    return toBuilder().chunkSize(characters).build();
  }

  /** See {@link Builder#truncateAfterEvents}. */
  public Reply truncateAfterEvents(int events) {
    return toBuilder().truncateAfterEvents(events).build();
  }

  /** See {@link Builder#errorEventAfter}. */
  public Reply errorEventAfter(int events, String type, String message) {
    return toBuilder().errorEventAfter(events, type, message).build();
  }

  /** See {@link Builder#resetAfterEvents}. */
  public Reply resetAfterEvents(int events) {
    return toBuilder().resetAfterEvents(events).build();
  }

  /** The stop reason the reply reports: the scripted one, or the one its content implies. */
  String effectiveStopReason() {
    if (stopReason != null) {
      return stopReason;
    }
    if (blocks.stream().anyMatch(block -> block instanceof ReplyBlock.ToolUse)) {
      return "tool_use";
    }
    return stopSequence != null ? "stop_sequence" : "end_turn";
  }

  /** A short description for diagnostics. */
  @Override
  public String toString() {
    switch (kind) {
      case MESSAGE:
        return "Reply.message(" + blocks.size() + " block(s), stop_reason " + effectiveStopReason() + ")";
      case ERROR:
        return "Reply.error(" + status + ", " + errorType + ")";
      case RAW:
        return "Reply.raw(" + status + ", " + Objects.requireNonNull(body).length() + " chars)";
      case SSE:
        return "Reply.sse(" + Objects.requireNonNull(body).length() + " chars)";
      case DROP:
        return "Fault.dropConnection()";
      default:
        return "Fault.resetConnection()";
    }
  }

  private static String requireText(@Nullable String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must be a non-blank string, not " + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }

  /** Builds a {@link Reply}; every setter returns the builder. */
  public static final class Builder {

    private final Kind kind;
    private final List<ReplyBlock> blocks = new ArrayList<>();
    private @Nullable String stopReason;
    private @Nullable String stopSequence;
    private @Nullable JsonNode stopDetails;
    private @Nullable String model;
    private @Nullable String id;
    private @Nullable Integer inputTokens;
    private @Nullable Integer outputTokens;
    private int cacheCreationInputTokens;
    private int cacheReadInputTokens;
    private int status = 200;
    private @Nullable String errorType;
    private @Nullable String errorMessage;
    private @Nullable String body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration delay = Duration.ZERO;
    private Duration eventDelay = Duration.ZERO;
    private int chunkSize = DEFAULT_CHUNK_SIZE;
    private @Nullable StreamFault streamFault;

    private Builder(Kind kind) {
      this.kind = kind;
    }

    private Builder(Reply r) {
      this.kind = r.kind;
      this.blocks.addAll(r.blocks);
      this.stopReason = r.stopReason;
      this.stopSequence = r.stopSequence;
      this.stopDetails = r.stopDetails;
      this.model = r.model;
      this.id = r.id;
      this.inputTokens = r.inputTokens;
      this.outputTokens = r.outputTokens;
      this.cacheCreationInputTokens = r.cacheCreationInputTokens;
      this.cacheReadInputTokens = r.cacheReadInputTokens;
      this.status = r.status;
      this.errorType = r.errorType;
      this.errorMessage = r.errorMessage;
      this.body = r.body;
      this.headers.putAll(r.headers);
      this.delay = r.delay;
      this.eventDelay = r.eventDelay;
      this.chunkSize = r.chunkSize;
      this.streamFault = r.streamFault;
    }

    /** Appends a {@code text} block. */
    public Builder text(String text) {
      return add("text", new ReplyBlock.Text(Objects.requireNonNull(text, "text")));
    }

    /** Appends a {@code thinking} block with its {@code signature}. */
    public Builder thinking(String thinking, String signature) {
      return add("thinking", new ReplyBlock.Thinking(
          Objects.requireNonNull(thinking, "thinking"), Objects.requireNonNull(signature, "signature")));
    }

    /** Appends a {@code redacted_thinking} block carrying the opaque {@code data}. */
    public Builder redactedThinking(String data) {
      return add("redactedThinking", new ReplyBlock.RedactedThinking(Objects.requireNonNull(data, "data")));
    }

    /**
     * Appends a {@code tool_use} block.
     *
     * @param id the tool call id, for example {@code "toolu_01"}
     * @param name the tool name
     * @param inputJson the input, a JSON object as text; streamed verbatim
     */
    public Builder toolUse(String id, String name, String inputJson) {
      requireText(id, "the tool_use id");
      requireText(name, "the tool_use name");
      JsonNode input;
      try {
        input = Json.parse(Objects.requireNonNull(inputJson, "inputJson"));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("the input of tool_use " + id + " (" + name + ") is not valid JSON: "
            + e.getOriginalMessage() + "; input was: " + inputJson, e);
      }
      if (!input.isObject()) {
        throw new IllegalArgumentException("the input of tool_use " + id + " (" + name
            + ") must be a JSON object, as the API always sends; it was: " + inputJson);
      }
      return add("toolUse", new ReplyBlock.ToolUse(id, name, inputJson.strip(), (ObjectNode) input));
    }

    /** Appends a {@code tool_use} block whose input is the JSON object {@code input}. */
    public Builder toolUse(String id, String name, JsonNode input) {
      return toolUse(id, name, Json.write(Objects.requireNonNull(input, "input")));
    }

    /**
     * Appends any content block, sent exactly as given: for block types this builder has no method for
     * ({@code server_tool_use}, {@code web_search_tool_result}, a text block with citations, a type the
     * API adds later). Streamed, it is one {@code content_block_start} carrying the whole block and a
     * {@code content_block_stop}.
     */
    public Builder block(JsonNode rawBlock) {
      if (rawBlock == null || !rawBlock.isObject() || !rawBlock.path("type").isTextual()) {
        throw new IllegalArgumentException(
            "a content block must be a JSON object with a string \"type\"; it was: " + rawBlock);
      }
      return add("block", new ReplyBlock.Raw(((ObjectNode) rawBlock).deepCopy()));
    }

    /** The stop reason, any string, known to the API or not. */
    public Builder stopReason(String stopReason) {
      requireMessage("stopReason");
      this.stopReason = requireText(stopReason, "stopReason");
      return this;
    }

    /** The stop sequence that ended the reply; the stop reason defaults to {@code stop_sequence}. */
    public Builder stopSequence(String stopSequence) {
      requireMessage("stopSequence");
      this.stopSequence = Objects.requireNonNull(stopSequence, "stopSequence");
      return this;
    }

    /** The {@code stop_details} object, for example a refusal's {@code {"type":"refusal",...}}. */
    public Builder stopDetails(JsonNode stopDetails) {
      requireMessage("stopDetails");
      this.stopDetails = Objects.requireNonNull(stopDetails, "stopDetails").deepCopy();
      return this;
    }

    /** Input and output tokens, with no cache use. */
    public Builder usage(int inputTokens, int outputTokens) {
      return usage(inputTokens, outputTokens, 0, 0);
    }

    /** Input and output tokens and the tokens written to and read from the prompt cache. */
    public Builder usage(int inputTokens, int outputTokens, int cacheCreationInputTokens, int cacheReadInputTokens) {
      requireMessage("usage");
      if (inputTokens < 0 || outputTokens < 0 || cacheCreationInputTokens < 0 || cacheReadInputTokens < 0) {
        throw new IllegalArgumentException("token counts cannot be negative: usage(" + inputTokens + ", "
            + outputTokens + ", " + cacheCreationInputTokens + ", " + cacheReadInputTokens + ")");
      }
      this.inputTokens = inputTokens;
      this.outputTokens = outputTokens;
      this.cacheCreationInputTokens = cacheCreationInputTokens;
      this.cacheReadInputTokens = cacheReadInputTokens;
      return this;
    }

    /** The model the reply names, instead of the request's. */
    public Builder model(String model) {
      requireMessage("model");
      this.model = requireText(model, "model");
      return this;
    }

    /** The message id, instead of a generated {@code msg_01...}. */
    public Builder id(String id) {
      requireMessage("id");
      this.id = requireText(id, "id");
      return this;
    }

    /** One more response header (names are case-insensitive; a later value wins). */
    public Builder header(String name, String value) {
      String key = requireText(name, "a header name").toLowerCase(Locale.ROOT);
      Objects.requireNonNull(value, "value");
      if (key.indexOf('\r') >= 0 || key.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("header " + name + " must not contain CR or LF");
      }
      headers.put(key, value);
      return this;
    }

    /** A {@code retry-after} header in seconds. */
    public Builder retryAfter(String seconds) {
      return header("retry-after", seconds);
    }

    /** A {@code retry-after-ms} header. */
    public Builder retryAfterMs(long millis) {
      return header("retry-after-ms", Long.toString(millis));
    }

    /** Waits {@code delay} before answering (or failing): a slow server. */
    public Builder delay(Duration delay) {
      this.delay = requireNonNegative(delay, "delay");
      return this;
    }

    /** Waits {@code delay} between two events of a stream. */
    public Builder eventDelay(Duration delay) {
      this.eventDelay = requireNonNegative(delay, "eventDelay");
      return this;
    }

    /** Splits streamed text, thinking and tool input into pieces of this many characters (default 4). */
    public Builder chunkSize(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("chunkSize must be at least 1 character, not " + characters);
      }
      this.chunkSize = characters;
      return this;
    }

    /**
     * Streamed, the body ends cleanly after {@code events} events (a {@code ping} counts): no
     * {@code message_stop}, as when a proxy cuts a stream short. Counted past the last event, the fault
     * applies after it.
     */
    public Builder truncateAfterEvents(int events) {
      return streamFault(new StreamFault(StreamFaultKind.TRUNCATE, events, "", ""));
    }

    /**
     * Streamed, after {@code events} events the server sends an {@code event: error} with
     * {@code {"type":"error","error":{"type":type,"message":message}}} and ends the body, as the API
     * does when it is overloaded mid-stream.
     */
    public Builder errorEventAfter(int events, String type, String message) {
      return streamFault(new StreamFault(StreamFaultKind.ERROR_EVENT, events,
          requireText(type, "the error type"), Objects.requireNonNull(message, "message")));
    }

    /**
     * Streamed, after {@code events} events the connection is dropped abruptly (a TCP reset), once the
     * events have had a tenth of a second to reach the client (a reset discards what the client has
     * not read yet).
     */
    public Builder resetAfterEvents(int events) {
      return streamFault(new StreamFault(StreamFaultKind.RESET, events, "", ""));
    }

    /** The reply. */
    public Reply build() {
      return new Reply(this);
    }

    private Builder streamFault(StreamFault fault) {
      if (kind != Kind.MESSAGE && kind != Kind.SSE) {
        throw new IllegalStateException("stream faults apply to message and SSE replies, not to " + new Reply(this));
      }
      if (fault.afterEvents() < 0) {
        throw new IllegalArgumentException("a stream fault needs a non-negative event count, not " + fault.afterEvents());
      }
      if (streamFault != null && streamFault.kind() != fault.kind()) {
        throw new IllegalStateException("a reply can carry one stream fault; it already has " + streamFault.kind()
            + " after " + streamFault.afterEvents() + " events");
      }
      this.streamFault = fault;
      return this;
    }

    private Builder add(String method, ReplyBlock block) {
      requireMessage(method);
      blocks.add(block);
      return this;
    }

    private void requireMessage(String method) {
      if (kind != Kind.MESSAGE) {
        throw new IllegalStateException(method + "(...) shapes a message reply; " + new Reply(this)
            + " is not one");
      }
    }

    private static Duration requireNonNegative(Duration duration, String what) {
      if (duration == null || duration.isNegative()) {
        throw new IllegalArgumentException(what + " must be zero or positive, not " + duration);
      }
      return duration;
    }
  }
}
