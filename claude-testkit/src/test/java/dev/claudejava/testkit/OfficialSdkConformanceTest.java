package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.OverloadedException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.ToolUseBlock;
import com.anthropic.models.models.ModelInfo;
import com.anthropic.models.models.ModelListPage;
import com.anthropic.models.models.ModelListParams;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The official Anthropic Java SDK, pointed at the testkit, parses everything it sends: messages,
 * streams, token counts, models and errors. The SDK validates each response against its own model
 * ({@code responseValidation(true)}), so a missing or mistyped field fails the test.
 */
class OfficialSdkConformanceTest {

  private final MockClaudeServer server = MockClaudeServer.start();
  private final AnthropicClient sdk = AnthropicOkHttpClient.builder()
      .baseUrl(server.baseUrl())
      .apiKey(server.apiKey())
      .maxRetries(0)
      .responseValidation(true)
      .build();

  @AfterEach
  void stop() {
    sdk.close();
    server.close();
  }

  private static MessageCreateParams weatherQuestion() {
    return MessageCreateParams.builder()
        .model("claude-opus-4-8")
        .maxTokens(1024)
        .addUserMessage("What is the weather in Paris?")
        .build();
  }

  private static Reply toolCall() {
    return Reply.builder()
        .thinking("The user wants the weather.", "sig-1")
        .text("Checking.")
        .toolUse("toolu_01", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}")
        .usage(10, 20, 3, 4)
        .build();
  }

  private static Map<String, Object> input(ToolUseBlock toolUse) {
    return toolUse._input().convert(new TypeReference<Map<String, Object>>() {});
  }

  @Test
  void createsAMessage() {
    server.enqueue(toolCall());

    Message message = sdk.messages().create(weatherQuestion());

    assertThat(message.id()).isEqualTo("msg_010000000000000000000001");
    assertThat(message.model().asString()).isEqualTo("claude-opus-4-8");
    assertThat(message.content()).hasSize(3);
    assertThat(message.content().get(0).thinking().orElseThrow().signature()).isEqualTo("sig-1");
    assertThat(message.content().get(1).text().orElseThrow().text()).isEqualTo("Checking.");
    ToolUseBlock toolUse = message.content().get(2).toolUse().orElseThrow();
    assertThat(toolUse.id()).isEqualTo("toolu_01");
    assertThat(toolUse.name()).isEqualTo("get_weather");
    assertThat(input(toolUse)).isEqualTo(Map.of("city", "Paris", "unit", "celsius"));
    assertThat(message.stopReason()).hasValue(StopReason.TOOL_USE);
    assertThat(message.usage().inputTokens()).isEqualTo(10);
    assertThat(message.usage().outputTokens()).isEqualTo(20);
    assertThat(message.usage().cacheCreationInputTokens()).hasValue(3L);
    assertThat(message.usage().cacheReadInputTokens()).hasValue(4L);

    RecordedRequest request = server.takeRequest();
    assertThat(request.header("authorization")).isEqualTo("Bearer " + server.apiKey());
    // the SDK speaks the newest API version, which the server must accept
    assertThat(request.header("anthropic-version")).isEqualTo("2026-10-21");
  }

  @Test
  void accumulatesAStream() {
    server.enqueue(toolCall());

    Message message;
    try (StreamResponse<RawMessageStreamEvent> stream = sdk.messages().createStreaming(weatherQuestion())) {
      MessageAccumulator accumulator = MessageAccumulator.create();
      stream.stream().forEach(accumulator::accumulate);
      message = accumulator.message();
    }

    assertThat(message.content()).extracting(ContentBlock::isThinking, ContentBlock::isText, ContentBlock::isToolUse)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, false, false),
            org.assertj.core.groups.Tuple.tuple(false, true, false),
            org.assertj.core.groups.Tuple.tuple(false, false, true));
    assertThat(message.content().get(0).asThinking().thinking()).isEqualTo("The user wants the weather.");
    assertThat(message.content().get(0).asThinking().signature()).isEqualTo("sig-1");
    assertThat(message.content().get(1).asText().text()).isEqualTo("Checking.");
    assertThat(input(message.content().get(2).asToolUse()))
        .isEqualTo(Map.of("city", "Paris", "unit", "celsius"));
    assertThat(message.stopReason()).hasValue(StopReason.TOOL_USE);
    assertThat(message.usage().inputTokens()).isEqualTo(10);
    assertThat(message.usage().outputTokens()).isEqualTo(20);
    assertThat(server.takeRequest().streamed()).isTrue();
  }

  @Test
  void countsTokens() {
    MessageCountTokensParams params = MessageCountTokensParams.builder()
        .model("claude-sonnet-4-6")
        .addUserMessage("How many tokens is this?")
        .build();

    long tokens = sdk.messages().countTokens(params).inputTokens();

    assertThat(tokens).isEqualTo(TokenEstimate.inputTokens(server.takeRequest().json()));
  }

  @Test
  void listsAndPagesModels() {
    ModelListPage first = sdk.models().list(ModelListParams.builder().limit(2).build());
    List<String> all = new ArrayList<>();
    sdk.models().list().autoPager().forEach(model -> all.add(model.id()));
    ModelInfo haiku = sdk.models().retrieve("claude-haiku-4-5");

    assertThat(first.data()).extracting(ModelInfo::id).containsExactly("claude-opus-4-8", "claude-sonnet-4-6");
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPage().data()).extracting(ModelInfo::id).containsExactly("claude-haiku-4-5");
    assertThat(all).containsExactly("claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5");
    assertThat(haiku.maxInputTokens()).hasValue(200_000L);
    assertThat(haiku.maxTokens()).hasValue(64_000L);
    assertThat(haiku.displayName()).isEqualTo("Claude Haiku 4.5");
  }

  @Test
  void surfacesErrorsWithTheirTypeAndRequestId() {
    server.enqueue(Reply.error(429, "rate_limit_error", "Slow down").retryAfter("1"));
    server.enqueue(Fault.status(529, "overloaded_error", "Overloaded"));

    assertThatThrownBy(() -> sdk.messages().create(weatherQuestion()))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(429);
          assertThat(e.requestId()).hasValue("req_010000000000000000000001");
          assertThat(e.apiMessage()).hasValue("Slow down");
        });
    assertThatThrownBy(() -> sdk.messages().create(weatherQuestion())).isInstanceOf(OverloadedException.class);
  }

  @Test
  void surfacesAnErrorEventMidStream() {
    server.enqueue(Reply.text("Hello there").errorEventAfter(3, "overloaded_error", "Overloaded"));

    assertThatThrownBy(() -> {
      try (StreamResponse<RawMessageStreamEvent> stream = sdk.messages().createStreaming(weatherQuestion())) {
        stream.stream().forEach(event -> { });
      }
    }).isInstanceOfSatisfying(AnthropicServiceException.class,
        e -> assertThat(e.apiMessage()).hasValue("Overloaded"));
  }

  @Test
  void replaysRecordingsOfTheRealApi() throws Exception {
    String dir = System.getProperty("claude.conformance.dir");
    Path fixtures = dir == null ? null : Path.of(dir, "fixtures");
    Assumptions.assumeTrue(fixtures != null && Files.isDirectory(fixtures),
        "conformance fixtures (system property claude.conformance.dir) absent: skipped");
    server.enqueue(Reply.sse(Files.readString(fixtures.resolve("go-recorded-stream-tool-use.sse"))));
    server.enqueue(Reply.raw(200, Map.of("content-type", "application/json"),
        Files.readString(fixtures.resolve("py-recorded-nonstream-200.body.json"))));
    // recordings from before tool_use blocks carried "caller" fail the SDK's strict validation
    AnthropicClient lenient = sdk.withOptions(options -> options.responseValidation(false));

    Message streamed;
    try (StreamResponse<RawMessageStreamEvent> stream = lenient.messages().createStreaming(weatherQuestion())) {
      MessageAccumulator accumulator = MessageAccumulator.create();
      stream.stream().forEach(accumulator::accumulate);
      streamed = accumulator.message();
    }
    Message plain = sdk.messages().create(weatherQuestion());

    assertThat(streamed.content().get(0).asText().text())
        .isEqualTo("I'd be happy to check the weather in San Francisco for you. Let me get that information for you right away.");
    assertThat(input(streamed.content().get(1).asToolUse())).isEqualTo(Map.of("city", "San Francisco"));
    assertThat(streamed.stopReason()).hasValue(StopReason.TOOL_USE);
    assertThat(streamed.usage().outputTokens()).isEqualTo(79);
    assertThat(plain.id()).isEqualTo("msg_01T4jd6NyD9xGGtTPDC4ogy5");
    assertThat(plain.usage().inputTokens()).isEqualTo(406);
  }
}
