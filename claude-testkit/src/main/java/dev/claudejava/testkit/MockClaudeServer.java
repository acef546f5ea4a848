package dev.claudejava.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A scripted fake of the Claude API over real HTTP on 127.0.0.1, for tests.
 *
 * <pre>{@code
 * try (MockClaudeServer server = MockClaudeServer.start()) {
 *   server.enqueue(Reply.text("Hello!"));
 *   // point the client under test at server.baseUrl() with server.apiKey(), call it, then:
 *   RecordedRequest request = server.takeRequest();
 *   assertThat(request.json().at("/messages/0/content").asText()).isEqualTo("Hi");
 * }
 * }</pre>
 *
 * <h2>What it answers</h2>
 *
 * <ul>
 *   <li>{@code POST /v1/messages}: the next {@link #enqueue enqueued} {@link Reply}, first in first
 *       out; when none is left, the {@link #respondWith} function's reply; when there is neither, a 500
 *       {@code api_error} whose message says that nothing was scripted (with {@code x-should-retry:
 *       false}). A message reply is sent as JSON, or as an event stream when the body has
 *       {@code "stream": true}.
 *   <li>{@code POST /v1/messages/count_tokens}: {@code {"input_tokens": N}} with N from
 *       {@link TokenEstimate#inputTokens}.
 *   <li>{@code GET /v1/models} (paged with {@code limit}, {@code after_id}, {@code before_id}) and
 *       {@code GET /v1/models/{id}}: the server's {@link MockModel}s, newest first.
 *   <li>anything else: 404 {@code not_found_error}.
 * </ul>
 *
 * <p>Every response carries a {@code request-id} header ({@code req_01} and a counter), error bodies
 * are the API's {@code {"type":"error","error":{"type":..,"message":..},"request_id":..}}, and errors
 * carry the API's {@code x-should-retry} header. Faults (a status with {@code retry-after}, a dropped
 * connection, a slow answer, a stream cut short, an error event mid-stream, a reset mid-stream) are
 * scripted as replies: see {@link Fault} and {@link Reply}.
 *
 * <h2>What it checks</h2>
 *
 * <p>Like the API, before it uses a script: the key ({@code x-api-key: KEY} or {@code Authorization:
 * Bearer KEY}; 401 {@code authentication_error}), the {@code anthropic-version} header
 * ({@code 2023-06-01}, which most clients send, or {@code 2026-10-21}, which the current official SDKs
 * send; {@code 2023-01-01} too), a JSON body with only the fields the API's request schema has, the
 * required fields, a known model (404 otherwise) and a {@code max_tokens} within its output limit, no
 * {@code temperature}/{@code top_p}/{@code top_k} for the Opus 4.7 and 4.8 families (nor for any
 * model under {@code 2026-10-21}, which also refuses documents in assistant turns and citations on
 * user text), no prefill (a final assistant turn) for the Claude 4.6 models and later, adaptive
 * thinking only and never with a {@code tool_choice} that forces a tool, a first turn from the user,
 * no empty turns, every {@code tool_use} answered by a {@code tool_result} in the next turn and every
 * {@code tool_result} answering a {@code tool_use} of the turn before, unique tool names, at most four
 * {@code cache_control} breakpoints, and that the thinking blocks of a reply that ended in
 * {@code tool_use} come back unchanged at their places when that assistant turn is sent back (a
 * stricter check than the API's, which checks only the last assistant turn while thinking is
 * enabled). The error messages are the API's where they are known. A rejected request does not use
 * up a script. {@link Builder#validateRequests(boolean)} turns all of this but the key off.
 *
 * <h2>Threads</h2>
 *
 * <p>Every method is thread-safe, and requests are served concurrently, one thread per connection.
 * {@link #close()} frees the port and the threads at once, ending any response in progress.
 */
public final class MockClaudeServer implements AutoCloseable {

  /** The key a server accepts unless its builder sets another. */
  public static final String DEFAULT_API_KEY = "test-api-key";

  /** How long {@link #takeRequest()} waits unless the builder sets another time. */
  public static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(5);

  /** The {@code anthropic-version} values the API accepts. */
  static final List<String> API_VERSIONS = List.of("2023-01-01", "2023-06-01", RequestValidator.VERSION_2026_10_21);

  /** The API's limit for a Messages request body. */
  private static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

  /** How long the events before a scripted reset get to reach the client. */
  private static final Duration RESET_GRACE = Duration.ofMillis(100);

  private static final int DEFAULT_PAGE_SIZE = 20;
  private static final int MAX_PAGE_SIZE = 1000;

  private final LoopbackHttpServer http;
  private final String apiKey;
  private final boolean requireApiKey;
  private final boolean validateRequests;
  private final Duration takeTimeout;
  private final List<MockModel> models;
  private final Map<String, MockModel> modelsById;
  private final RequestValidator validator;
  private final ThinkingLedger thinkingLedger = new ThinkingLedger();
  private final PausedTurns pausedTurns = new PausedTurns();
  private final Map<Endpoint, Queue<Reply>> scripts = new EnumMap<>(Endpoint.class);
  private volatile @Nullable Function<RecordedRequest, Reply> responder;

  private final Object requestLock = new Object();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final BlockingQueue<RecordedRequest> unseen = new LinkedBlockingQueue<>();
  private int requestCount;
  private final AtomicInteger messageCount = new AtomicInteger();
  private final AtomicInteger unrecordedCount = new AtomicInteger();

  private final Object disconnectLock = new Object();
  private int disconnects;

  private MockClaudeServer(Builder builder) {
    this.apiKey = builder.apiKey;
    this.requireApiKey = builder.requireApiKey;
    this.validateRequests = builder.validateRequests;
    this.takeTimeout = builder.takeTimeout;
    List<MockModel> sorted = new ArrayList<>(builder.models.values());
    sorted.sort(Comparator.comparing(MockModel::createdAt).reversed().thenComparing(MockModel::id));
    this.models = List.copyOf(sorted);
    Map<String, MockModel> byId = new LinkedHashMap<>();
    sorted.forEach(model -> byId.put(model.id(), model));
    this.modelsById = Collections.unmodifiableMap(byId);
    this.validator = new RequestValidator(modelsById);
    for (Endpoint endpoint : Endpoint.values()) {
      scripts.put(endpoint, new ConcurrentLinkedQueue<>());
    }
    this.http = LoopbackHttpServer.start(builder.port, MAX_BODY_BYTES, new Dispatcher());
  }

  /** Starts a server on a free port of 127.0.0.1 that accepts {@value #DEFAULT_API_KEY}. */
  public static MockClaudeServer start() {
    return builder().build();
  }

  /** A builder for a server with other options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL to give a client: {@code http://127.0.0.1:PORT}, no trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The port the server listens on. */
  public int port() {
    return http.port();
  }

  /** The API key the server accepts. */
  public String apiKey() {
    return apiKey;
  }

  /** The models the server knows, newest first. */
  public List<MockModel> models() {
    return models;
  }

  /** Adds a reply for {@code POST /v1/messages}; replies are used first in, first out. */
  public void enqueue(Reply reply) {
    enqueue(Endpoint.MESSAGES, reply);
  }

  /**
   * Adds a reply for another endpoint, used instead of the computed answer: an error, a fault or a raw
   * body (a message reply only answers {@link Endpoint#MESSAGES}).
   */
  public void enqueue(Endpoint endpoint, Reply reply) {
    Objects.requireNonNull(reply, "reply");
    if (reply.kind == Reply.Kind.MESSAGE && endpoint != Endpoint.MESSAGES) {
      throw new IllegalArgumentException("a message reply only answers " + Endpoint.MESSAGES + ", not " + endpoint
          + "; script an error (Reply.error), a fault (Fault) or a raw body (Reply.raw) there");
    }
    scripts.get(endpoint).add(reply);
  }

  /**
   * Answers {@code POST /v1/messages} with {@code responder}'s reply to the request whenever no
   * enqueued reply is left; it runs on the server's threads, possibly concurrently. If it throws (an
   * exception or an {@code AssertionError}) or returns null, the client gets a 500 {@code api_error}
   * that says so.
   */
  public void respondWith(Function<RecordedRequest, Reply> responder) {
    this.responder = Objects.requireNonNull(responder, "responder");
  }

  /** Enqueued replies not used yet, over all endpoints. */
  public int pendingReplies() {
    int pending = 0;
    for (Queue<Reply> queue : scripts.values()) {
      pending += queue.size();
    }
    return pending;
  }

  /**
   * The oldest request not taken yet, waiting for it up to the builder's take timeout (5 seconds
   * unless set).
   *
   * @throws AssertionError if no request arrives in time
   */
  public RecordedRequest takeRequest() {
    return takeRequest(takeTimeout);
  }

  /**
   * The oldest request not taken yet, waiting for it up to {@code timeout}.
   *
   * @throws AssertionError if no request arrives in time
   */
  public RecordedRequest takeRequest(Duration timeout) {
    RecordedRequest request;
    try {
      request = unseen.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a request to " + this, e);
    }
    if (request == null) {
      throw new AssertionError("no request reached " + this + " within " + timeout + "; " + requestCount()
          + " request(s) arrived since it started or was reset, all of them taken already. Is the client"
          + " pointed at " + baseUrl() + "?");
    }
    return request;
  }

  /** Every request received since the server started or was reset, in order of arrival. */
  public List<RecordedRequest> requests() {
    synchronized (requestLock) {
      return List.copyOf(requests);
    }
  }

  /** How many requests were received since the server started or was reset. */
  public int requestCount() {
    synchronized (requestLock) {
      return requestCount;
    }
  }

  /**
   * How many times a client went away before its response was complete: it closed the connection
   * while the server waited to answer ({@link Reply#delay}) or between events
   * ({@link Reply#eventDelay}), or a write failed because it was gone. A client that leaves while
   * the rest of a short stream is still in flight may go unnoticed; a stream with an event delay is
   * always noticed.
   */
  public int disconnects() {
    synchronized (disconnectLock) {
      return disconnects;
    }
  }

  /**
   * Waits until at least {@code count} {@link #disconnects()} were seen; false if that did not happen
   * within {@code timeout}.
   */
  public boolean awaitDisconnects(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (disconnectLock) {
      while (disconnects < count) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(disconnectLock, remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Forgets everything a test did: enqueued replies, the {@link #respondWith} function, recorded
   * requests, disconnects, remembered thinking blocks, and the counters behind request and message ids.
   */
  public void reset() {
    scripts.values().forEach(Queue::clear);
    responder = null;
    thinkingLedger.clear();
    pausedTurns.clear();
    synchronized (requestLock) {
      requests.clear();
      unseen.clear();
      requestCount = 0;
    }
    messageCount.set(0);
    unrecordedCount.set(0);
    synchronized (disconnectLock) {
      disconnects = 0;
    }
  }

  /** Stops the server: frees the port and the threads, ending any response in progress. */
  @Override
  public void close() {
    http.close();
  }

  /** The base URL; never the key. */
  @Override
  public String toString() {
    return "MockClaudeServer[" + baseUrl() + "]";
  }

  // ---------------------------------------------------------------- serving

  private final class Dispatcher implements LoopbackHttpServer.Handler {

    @Override
    public void handle(IncomingRequest incoming, HttpConnection connection) throws IOException, InterruptedException {
      RecordedRequest request = record(incoming);
      try {
        respond(request, connection);
      } catch (IOException clientGone) {
        clientLeft(connection);
      }
    }

    @Override
    public void rejectMalformed(HttpProtocolException problem, HttpConnection connection) throws IOException {
      // not a recorded request, so its id comes from a counter of its own: req_02...
      String requestId = "req_02" + zeroPadded(unrecordedCount.incrementAndGet());
      String type = problem.status() == 413 ? "request_too_large" : "invalid_request_error";
      sendError(connection, requestId, new ApiError(problem.status(), type, problem.getMessage(), false), Map.of());
      connection.close();
    }
  }

  private RecordedRequest record(IncomingRequest incoming) {
    synchronized (requestLock) {
      requestCount++;
      RecordedRequest request = new RecordedRequest(requestCount, "req_01" + zeroPadded(requestCount), incoming);
      requests.add(request);
      unseen.add(request);
      return request;
    }
  }

  private void respond(RecordedRequest request, HttpConnection connection) throws IOException, InterruptedException {
    Endpoint endpoint = Endpoint.match(request.method(), request.path());
    if (endpoint == null) {
      sendError(connection, request.requestId(), ApiError.notFound("Not Found"), Map.of());
      return;
    }
    ApiError refusal = authenticate(request);
    if (refusal == null && validateRequests) {
      refusal = checkVersion(request);
    }
    JsonNode body = null;
    if (refusal == null && endpoint.method().equals("POST")) {
      String unreadable = null;
      try {
        body = Json.parse(request.body());
        if (body.isMissingNode()) {
          body = null;
          unreadable = "the body is empty";
        }
      } catch (JsonProcessingException e) {
        unreadable = e.getOriginalMessage();
      }
      if (validateRequests) {
        refusal = body == null
            ? ApiError.invalidRequest("The request body is not valid JSON: " + unreadable)
            : validator.validate(
                endpoint, body, Objects.requireNonNull(request.header("anthropic-version")), thinkingLedger, pausedTurns);
      }
    }
    if (refusal != null) {
      sendError(connection, request.requestId(), refusal, Map.of());
      return;
    }
    Reply scripted = scripts.get(endpoint).poll();
    if (scripted == null && endpoint == Endpoint.MESSAGES) {
      scripted = fromResponder(request, connection);
      if (scripted == null) {
        return;
      }
    }
    if (scripted != null) {
      sendScripted(connection, request, body, scripted);
      return;
    }
    switch (endpoint) {
      case COUNT_TOKENS:
        ObjectNode count = Json.object();
        count.put("input_tokens", body == null ? 1 : TokenEstimate.inputTokens(body));
        sendJson(connection, request.requestId(), count, Map.of());
        break;
      case LIST_MODELS:
        listModels(request, connection);
        break;
      case GET_MODEL:
        String id = URLDecoder.decode(Endpoint.modelId(request.path()), StandardCharsets.UTF_8);
        MockModel model = modelsById.get(id);
        if (model == null) {
          sendError(connection, request.requestId(), ApiError.notFound("model: " + id), Map.of());
        } else {
          sendJson(connection, request.requestId(), model.toJson(), Map.of());
        }
        break;
      default:
        throw new IllegalStateException(endpoint + " is answered from the script only");
    }
  }

  /** The responder's reply; null after answering with a script error itself. */
  private @Nullable Reply fromResponder(RecordedRequest request, HttpConnection connection) throws IOException {
    Function<RecordedRequest, Reply> function = responder;
    String problem;
    if (function == null) {
      problem = "no reply is scripted for " + request + ": enqueue a Reply, or set respondWith(...)";
    } else {
      try {
        Reply reply = function.apply(request);
        if (reply != null) {
          return reply;
        }
        problem = "the respondWith function returned null for " + request + "; return a Reply";
      } catch (RuntimeException | AssertionError e) {
        problem = "the respondWith function threw " + e + " for " + request;
      }
    }
    sendError(connection, request.requestId(), ApiError.script(problem), Map.of());
    return null;
  }

  private @Nullable ApiError authenticate(RecordedRequest request) {
    if (!requireApiKey) {
      return null;
    }
    String key = request.header("x-api-key");
    String authorization = request.header("authorization");
    if (key == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      key = authorization.substring(7).trim();
    }
    if (key == null) {
      return ApiError.authentication("x-api-key header is required");
    }
    return key.equals(apiKey) ? null : ApiError.authentication("invalid x-api-key");
  }

  private static @Nullable ApiError checkVersion(RecordedRequest request) {
    String version = request.header("anthropic-version");
    if (version == null) {
      return ApiError.invalidRequest("anthropic-version: header is required");
    }
    if (!API_VERSIONS.contains(version)) {
      return ApiError.invalidRequest("anthropic-version: \"" + version + "\" is not a valid version");
    }
    return null;
  }

  private void sendScripted(HttpConnection connection, RecordedRequest request, @Nullable JsonNode body, Reply reply)
      throws IOException, InterruptedException {
    if (!reply.delay.isZero() && connection.peerClosedWithin(reply.delay)) {
      clientLeft(connection);
      return;
    }
    switch (reply.kind) {
      case DROP:
        connection.close();
        return;
      case RESET:
        connection.reset();
        return;
      case ERROR:
        sendError(connection, request.requestId(),
            new ApiError(reply.status, Objects.requireNonNull(reply.errorType), Objects.requireNonNull(reply.errorMessage)),
            reply.headers);
        return;
      case RAW:
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("request-id", request.requestId());
        putScripted(headers, reply.headers);
        connection.sendFixed(reply.status, headers, Objects.requireNonNull(reply.body).getBytes(StandardCharsets.UTF_8));
        return;
      case SSE:
        sendEvents(connection, request, reply, MessageRenderer.splitEvents(Objects.requireNonNull(reply.body)));
        return;
      default:
        MessageRenderer.Header header = new MessageRenderer.Header(
            reply.model != null ? reply.model : requestedModel(body),
            reply.id != null ? reply.id : "msg_01" + zeroPadded(messageCount.incrementAndGet()),
            reply.inputTokens != null ? reply.inputTokens : body == null ? 1 : TokenEstimate.inputTokens(body));
        if ("tool_use".equals(reply.effectiveStopReason())) {
          thinkingLedger.remember(MessageRenderer.content(reply));
        } else if ("pause_turn".equals(reply.effectiveStopReason())) {
          pausedTurns.remember(MessageRenderer.content(reply));
        }
        if (request.streamed()) {
          sendEvents(connection, request, reply, MessageRenderer.events(reply, header));
        } else if (reply.streamFault != null) {
          sendError(connection, request.requestId(), ApiError.script(reply + " scripts a stream fault ("
              + reply.streamFault.kind() + " after " + reply.streamFault.afterEvents() + " events), but " + request
              + " did not ask for a stream (\"stream\": true); script it for a streamed request"), Map.of());
        } else {
          sendJson(connection, request.requestId(), MessageRenderer.message(reply, header), reply.headers);
        }
    }
  }

  private String requestedModel(@Nullable JsonNode body) {
    if (body != null && body.path("model").isTextual()) {
      return body.get("model").textValue();
    }
    return models.isEmpty() ? MockModel.CLAUDE_SONNET_4_6.id() : models.get(0).id();
  }

  private void sendEvents(HttpConnection connection, RecordedRequest request, Reply reply, List<byte[]> events)
      throws IOException, InterruptedException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", "text/event-stream; charset=utf-8");
    headers.put("cache-control", "no-cache");
    headers.put("request-id", request.requestId());
    putScripted(headers, reply.headers);
    connection.startChunked(200, headers);
    Reply.StreamFault fault = reply.streamFault;
    int faultAt = fault == null ? -1 : Math.min(fault.afterEvents(), events.size());
    for (int i = 0; i < events.size(); i++) {
      if (i == faultAt) {
        break;
      }
      if (i > 0 && !reply.eventDelay.isZero() && connection.peerClosedWithin(reply.eventDelay)) {
        clientLeft(connection);
        return;
      }
      connection.sendChunk(events.get(i));
    }
    if (fault == null) {
      connection.finishChunked();
      return;
    }
    switch (fault.kind()) {
      case TRUNCATE:
        connection.finishChunked();
        break;
      case ERROR_EVENT:
        connection.sendChunk(MessageRenderer.errorEvent(fault.errorType(), fault.errorMessage(), request.requestId()));
        connection.finishChunked();
        break;
      default:
        // a moment for the events to reach the client: a reset discards data the client has not read yet
        if (!connection.peerClosedWithin(RESET_GRACE)) {
          connection.reset();
        }
    }
  }

  private void listModels(RecordedRequest request, HttpConnection connection) throws IOException {
    String limitText = request.queryParameter("limit");
    int limit = DEFAULT_PAGE_SIZE;
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        sendError(connection, request.requestId(), ApiError.invalidRequest(
            "limit: Input should be a valid integer, unable to parse string as an integer"), Map.of());
        return;
      }
      if (limit < 1 || limit > MAX_PAGE_SIZE) {
        sendError(connection, request.requestId(), ApiError.invalidRequest("limit: Input should be "
            + (limit < 1 ? "greater than or equal to 1" : "less than or equal to " + MAX_PAGE_SIZE)), Map.of());
        return;
      }
    }
    int from = 0;
    int to = models.size();
    for (String cursor : List.of("after_id", "before_id")) {
      String id = request.queryParameter(cursor);
      if (id == null) {
        continue;
      }
      MockModel cursorModel = modelsById.get(id);
      if (cursorModel == null) {
        sendError(connection, request.requestId(), ApiError.invalidRequest(cursor + ": no model has the id '" + id
            + "'; the models are " + modelsById.keySet()), Map.of());
        return;
      }
      int index = models.indexOf(cursorModel);
      if (cursor.equals("after_id")) {
        from = Math.max(from, index + 1);
      } else {
        to = Math.min(to, index);
      }
    }
    boolean backwards = request.queryParameter("before_id") != null && request.queryParameter("after_id") == null;
    int start = backwards ? Math.max(from, to - limit) : from;
    int end = backwards ? to : Math.min(to, from + limit);
    List<MockModel> page = start < end ? models.subList(start, end) : List.of();
    ObjectNode list = Json.object();
    ArrayNode data = list.putArray("data");
    page.forEach(model -> data.add(model.toJson()));
    list.put("has_more", backwards ? start > from : end < to);
    list.put("first_id", page.isEmpty() ? null : page.get(0).id());
    list.put("last_id", page.isEmpty() ? null : page.get(page.size() - 1).id());
    sendJson(connection, request.requestId(), list, Map.of());
  }

  private static void sendJson(HttpConnection connection, String requestId, JsonNode json, Map<String, String> scripted)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", "application/json");
    headers.put("request-id", requestId);
    putScripted(headers, scripted);
    connection.sendFixed(200, headers, Json.bytes(json));
  }

  private static void sendError(HttpConnection connection, String requestId, ApiError error, Map<String, String> scripted)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", "application/json");
    headers.put("request-id", requestId);
    headers.put("x-should-retry", Boolean.toString(error.shouldRetry()));
    putScripted(headers, scripted);
    ObjectNode body = MessageRenderer.errorBody(error.type(), error.message(), requestId);
    connection.sendFixed(error.status(), headers, Json.bytes(body));
  }

  /** Scripted headers win over the server's, except the framing headers, which are the server's to set. */
  private static void putScripted(Map<String, String> headers, Map<String, String> scripted) {
    scripted.forEach((name, value) -> {
      if (!name.equals("content-length") && !name.equals("transfer-encoding")) {
        headers.put(name, value);
      }
    });
  }

  private void clientLeft(HttpConnection connection) {
    connection.close();
    if (http.isClosed()) {
      return;
    }
    synchronized (disconnectLock) {
      disconnects++;
      disconnectLock.notifyAll();
    }
  }

  /** A counter as 22 digits: ids keep the length of the API's ({@code req_01} or {@code msg_01} and 22 characters). */
  private static String zeroPadded(int counter) {
    return String.format("%022d", counter);
  }

  /** Builds and starts a {@link MockClaudeServer}; a builder can start any number of servers. */
  public static final class Builder {

    private String apiKey = DEFAULT_API_KEY;
    private boolean requireApiKey = true;
    private boolean validateRequests = true;
    private int port;
    private Duration takeTimeout = DEFAULT_TAKE_TIMEOUT;
    private final Map<String, MockModel> models = new LinkedHashMap<>();

    private Builder() {
      MockModel.DEFAULTS.forEach(this::model);
    }

    /** The API key to accept (default {@value MockClaudeServer#DEFAULT_API_KEY}). */
    public Builder apiKey(String apiKey) {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("the API key must be a non-blank string");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** Whether requests must carry the key (default true); false accepts any key or none. */
    public Builder requireApiKey(boolean requireApiKey) {
      this.requireApiKey = requireApiKey;
      return this;
    }

    /**
     * Whether to check requests as the API does (default true); false checks nothing but the key, so
     * that every request reaches the script.
     */
    public Builder validateRequests(boolean validateRequests) {
      this.validateRequests = validateRequests;
      return this;
    }

    /** The port to listen on (default 0: any free port). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("a port is 0 (any free port) to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** How long {@link MockClaudeServer#takeRequest()} waits (default 5 seconds). */
    public Builder takeTimeout(Duration takeTimeout) {
      if (takeTimeout == null || takeTimeout.isNegative()) {
        throw new IllegalArgumentException("the take timeout must be zero or positive, not " + takeTimeout);
      }
      this.takeTimeout = takeTimeout;
      return this;
    }

    /** Adds a model the server knows, or replaces the one with the same id. */
    public Builder model(MockModel model) {
      models.put(model.id(), Objects.requireNonNull(model, "model"));
      return this;
    }

    /** Forgets the built-in {@link MockModel#DEFAULTS}, so that only models added afterwards are known. */
    public Builder withoutDefaultModels() {
      models.clear();
      return this;
    }

    /** Starts the server. */
    public MockClaudeServer build() {
      return new MockClaudeServer(this);
    }
  }
}
