package dev.claudejava.benchmarks;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudejava.client.ClaudeClient;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.stream.MessageStream;
import dev.claudejava.testkit.MockClaudeServer;
import dev.claudejava.testkit.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a ~4 MB streamed reply, served over loopback HTTP by the mock API, to its final message:
 * claude-java's {@link MessageStream} beside a hand-written floor (java.net.http, line splitting and a
 * Jackson tree per event, nothing else) and the official SDK's streaming with its accumulator. The
 * same bytes for all three, in the same run.
 *
 * <p>The body: a long text block of short deltas (as a model writes prose) and a tool call whose
 * input arrives as JSON fragments, with the real server's whitespace padding after each event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StreamingBenchmark {

  /** The number of events in the body, for bytes-per-event figures. */
  public static final int EVENTS;
  /** The body's size in bytes. */
  public static final int BYTES;
  private static final String BODY;

  static {
    StringBuilder sse = new StringBuilder();
    int events = 0;
    sse.append(event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_bench\",\"type\":\"message\","
        + "\"role\":\"assistant\",\"model\":\"claude-opus-4-8\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
        + "\"usage\":{\"input_tokens\":1200,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,"
        + "\"output_tokens\":1}}}"));
    sse.append(event("content_block_start",
        "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
    events += 2;
    String[] words = {"The ", "weather ", "in ", "Paris ", "is ", "mild, ", "with ", "light ", "winds ", "and ", "sun. "};
    for (int i = 0; i < 30_000; i++) {
      sse.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
          + "\"text_delta\",\"text\":\"" + words[i % words.length] + words[(i * 7) % words.length] + "\"}}"));
      events++;
      if (i % 5000 == 0) {
        sse.append(event("ping", "{\"type\": \"ping\"}"));
        events++;
      }
    }
    sse.append(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
    sse.append(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":"
        + "{\"type\":\"tool_use\",\"id\":\"toolu_bench\",\"name\":\"save_report\",\"input\":{}}}"));
    events += 2;
    sse.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":"
        + "\"input_json_delta\",\"partial_json\":\"\"}}"));
    sse.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":"
        + "\"input_json_delta\",\"partial_json\":\"{\\\"lines\\\": [\"}}"));
    events += 2;
    for (int i = 0; i < 8_000; i++) {
      sse.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":"
          + "\"input_json_delta\",\"partial_json\":\"" + (i == 0 ? "" : ", ") + "\\\"line " + i
          + " of the report, with some words\\\"\"}}"));
      events++;
    }
    sse.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":"
        + "\"input_json_delta\",\"partial_json\":\"]}\"}}"));
    sse.append(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}"));
    sse.append(event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\","
        + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":60000}}"));
    sse.append(event("message_stop", "{\"type\":\"message_stop\"}"));
    events += 4;
    BODY = sse.toString();
    EVENTS = events;
    BYTES = BODY.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String event(String type, String json) {
    return "event: " + type + "\ndata: " + json + "          \n\n";
  }

  private MockClaudeServer server;
  private ClaudeClient ours;
  private AnthropicClient sdk;
  private HttpClient http;
  private ObjectMapper mapper;
  private MessageRequest request;
  private MessageCreateParams sdkRequest;

  @Setup(Level.Trial)
  public void start() {
    server = MockClaudeServer.builder().validateRequests(false).build();
    server.respondWith(r -> Reply.sse(BODY));
    ours = ClaudeClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl()).build();
    sdk = AnthropicOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey()).build();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    mapper = new ObjectMapper();
    request = MessageRequest.builder().model("claude-opus-4-8").maxTokens(64_000).addUserMessage("Report.").build();
    sdkRequest = MessageCreateParams.builder().model("claude-opus-4-8").maxTokens(64_000).addUserMessage("Report.").build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    ours.close();
    sdk.close();
    server.close();
  }

  /** claude-java: the typed stream, accumulated to the final message. */
  @Benchmark
  public Message claudeJava() {
    try (MessageStream stream = ours.messages().stream(request)) {
      return stream.finalMessage();
    }
  }

  /** The official SDK: its streaming call, accumulated with its MessageAccumulator. */
  @Benchmark
  public com.anthropic.models.messages.Message officialSdk() {
    try (StreamResponse<RawMessageStreamEvent> stream = sdk.messages().createStreaming(sdkRequest)) {
      MessageAccumulator accumulator = MessageAccumulator.create();
      stream.stream().forEach(accumulator::accumulate);
      return accumulator.message();
    }
  }

  /** The floor: the bytes fetched, split into lines, and each data line read as a Jackson tree; nothing kept. */
  @Benchmark
  public int floor() throws IOException, InterruptedException {
    HttpRequest post = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/messages"))
        .header("x-api-key", server.apiKey())
        .header("anthropic-version", "2023-06-01")
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request.toJson()))
        .build();
    HttpResponse<java.io.InputStream> response = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
    int events = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("data:")) {
          JsonNode event = mapper.readTree(line.substring(5));
          events += event.size() > 0 ? 1 : 0;
        }
      }
    }
    return events;
  }
}
