package dev.claudejava.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudejava.conformance.RequestConformance;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageParam;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.ModelInfo;
import dev.claudejava.model.ModelPage;
import dev.claudejava.model.StopReason;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ToolUseBlock;
import dev.claudejava.model.UnknownBlock;
import dev.claudejava.testkit.Fault;
import dev.claudejava.testkit.MockClaudeExtension;
import dev.claudejava.testkit.MockClaudeServer;
import dev.claudejava.testkit.RecordedRequest;
import dev.claudejava.testkit.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client against the mock API over real HTTP. */
class ClaudeClientTest {

  @RegisterExtension static final MockClaudeExtension claude = new MockClaudeExtension();
  @RegisterExtension static final RequestConformance conformance = new RequestConformance(claude);

  private MockClaudeServer server;
  private ClaudeClient client;
  private final List<Duration> retryDelays = new CopyOnWriteArrayList<>();

  @BeforeEach
  void client(MockClaudeServer server) {
    this.server = server;
    this.client = ClaudeClient.builder()
        .apiKey(server.apiKey())
        .baseUrl(server.baseUrl())
        .retryDelays(Duration.ofMillis(5), Duration.ofMillis(20))
        .retryListener((attempt, delay, cause) -> retryDelays.add(delay))
        .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static MessageRequest hello() {
    return MessageRequest.builder().model("claude-opus-4-8").maxTokens(256).addUserMessage("Hello").build();
  }

  @Test
  void createSendsTheApisHeadersAndReadsTheReply() {
    server.enqueue(Reply.builder().text("Hi ").text("there").usage(12, 3, 4, 5).build());

    Message reply = client.messages().create(hello());

    assertThat(reply.text()).isEqualTo("Hi there");
    assertThat(reply.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(reply.usage().inputTokens()).isEqualTo(12);
    assertThat(reply.usage().cacheReadInputTokens()).isEqualTo(5);
    RecordedRequest request = server.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/messages");
    assertThat(request.header("x-api-key")).isEqualTo(server.apiKey());
    assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(request.header("content-type")).isEqualTo("application/json");
    assertThat(request.header("user-agent")).startsWith("claude-java/");
    assertThat(request.header("anthropic-beta")).isNull();
    assertThat(request.bodyText()).isEqualTo(hello().toJson());
  }

  @Test
  void betasAndExtraHeadersComeFromTheClientAndTheCall() {
    server.enqueue(Reply.text("ok"));
    ClaudeClient withBeta = client.toBuilder().beta("files-api-2025-04-14").header("x-team", "search").build();

    withBeta.messages().create(hello(), RequestOptions.builder()
        .beta("context-1m-2025-08-07").header("x-trace", "t-1").build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.header("anthropic-beta")).isEqualTo("files-api-2025-04-14,context-1m-2025-08-07");
    assertThat(request.header("x-team")).isEqualTo("search");
    assertThat(request.header("x-trace")).isEqualTo("t-1");
    withBeta.close();
  }

  @Test
  void theClientCannotBeToldToSendAnotherKey() {
    assertThatThrownBy(() -> client.messages().create(hello(),
        RequestOptions.builder().header("X-Api-Key", "other").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Api-Key");
  }

  @ParameterizedTest
  @CsvSource({
    "400, invalid_request_error, BadRequestException",
    "401, authentication_error, AuthenticationException",
    "403, permission_error, PermissionDeniedException",
    "404, not_found_error, NotFoundException",
    "413, request_too_large, RequestTooLargeException",
    "429, rate_limit_error, RateLimitException",
    "500, api_error, InternalServerException",
    "529, overloaded_error, OverloadedException",
  })
  void everyErrorKindBecomesItsExceptionAfterTheRetriesItDeserves(int status, String type, String exception) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(Reply.error(status, type, "it went wrong"));
    }

    ApiException e = (ApiException) catchClaude(() -> client.messages().create(hello()));

    assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorType()).isEqualTo(type);
    assertThat(e.apiMessage()).isEqualTo("it went wrong");
    assertThat(e.requestId()).startsWith("req_");
    assertThat(e.getMessage()).isEqualTo(status + " " + type + ": it went wrong (request-id " + e.requestId() + ")");
    int attempts = Transport.isRetryableStatus(status) ? 3 : 1;
    assertThat(server.requestCount()).isEqualTo(attempts);
  }

  @Test
  void aRealAuthenticationFailureFromTheServerNamesNoKey() {
    ClaudeClient wrongKey = client.toBuilder().apiKey("sk-ant-wrong-secret-value").build();

    assertThatThrownBy(() -> wrongKey.messages().create(hello()))
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk-ant-wrong-secret-value"));
    wrongKey.close();
  }

  @Test
  void retryAfterIsHonouredAndTheRetrySucceeds() {
    server.enqueue(Reply.error(429, "rate_limit_error", "slow down").retryAfterMs(120));
    server.enqueue(Reply.error(529, "overloaded_error", "busy").retryAfter("0.07"));
    server.enqueue(Reply.text("finally"));

    Message reply = client.messages().create(hello());

    assertThat(reply.text()).isEqualTo("finally");
    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(retryDelays).containsExactly(Duration.ofMillis(120), Duration.ofMillis(70));
  }

  @Test
  void withoutRetryAfterTheBackoffApplies() {
    server.enqueue(Reply.error(500, "api_error", "oops"));
    server.enqueue(Reply.text("ok"));

    client.messages().create(hello());

    assertThat(retryDelays).hasSize(1);
    assertThat(retryDelays.get(0)).isBetween(Duration.ofMillis(3), Duration.ofMillis(5));
  }

  @Test
  void xShouldRetryOverridesTheStatus() {
    server.enqueue(Reply.error(500, "api_error", "do not retry me").withHeader("x-should-retry", "false"));
    assertThatThrownBy(() -> client.messages().create(hello())).isInstanceOf(InternalServerException.class);
    assertThat(server.requestCount()).isEqualTo(1);

    server.reset();
    server.enqueue(Reply.error(400, "invalid_request_error", "retry me").withHeader("x-should-retry", "true"));
    server.enqueue(Reply.text("ok"));
    assertThat(client.messages().create(hello()).text()).isEqualTo("ok");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void retriesCanBeTurnedOffPerCall() {
    server.enqueue(Reply.error(529, "overloaded_error", "busy"));

    assertThatThrownBy(() -> client.messages().create(hello(), RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(OverloadedException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionIsRetriedThenReportedAsAConnectionFailure() {
    server.enqueue(Fault.dropConnection());
    server.enqueue(Reply.text("recovered"));
    assertThat(client.messages().create(hello()).text()).isEqualTo("recovered");

    for (int i = 0; i < 3; i++) {
      server.enqueue(Fault.dropConnection());
    }
    assertThatThrownBy(() -> client.messages().create(hello()))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("POST /v1/messages failed before a reply arrived");
  }

  @Test
  void aSlowServerTimesOutAndTheTimeoutIsRetried() {
    server.enqueue(Fault.delay(Duration.ofSeconds(3), Reply.text("too late")));
    server.enqueue(Reply.text("in time"));

    Message reply = client.messages().create(hello(), RequestOptions.builder().timeout(Duration.ofMillis(300)).build());

    assertThat(reply.text()).isEqualTo("in time");
    assertThat(retryDelays).hasSize(1);
  }

  @Test
  void aTimeoutAfterTheLastAttemptSaysWhatToDo() {
    server.enqueue(Fault.delay(Duration.ofSeconds(3), Reply.text("too late")));

    assertThatThrownBy(() -> client.messages().create(hello(),
        RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build()))
        .isInstanceOf(ClaudeTimeoutException.class)
        .hasMessageContaining("got no reply within PT0.3S")
        .hasMessageContaining("raise the timeout");
  }

  @Test
  void aConnectionRefusedIsAConnectionException() {
    ClaudeClient nowhere = client.toBuilder().baseUrl("http://127.0.0.1:9").maxRetries(1).build();

    assertThatThrownBy(() -> nowhere.messages().create(hello()))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("could not connect to http://127.0.0.1:9");
    assertThat(retryDelays).hasSize(1);
    nowhere.close();
  }

  @Test
  void unmodelledBlocksAndAnUnknownStopReasonSurviveARoundTripUnchanged() {
    ObjectNode serverToolUse = (ObjectNode) Wire.parse(
        "{\"type\":\"server_tool_use\",\"id\":\"srvtoolu_1\",\"name\":\"web_search\","
            + "\"input\":{\"query\":\"weather\",\"max_age_days\":1.50}}");
    ObjectNode searchResult = (ObjectNode) Wire.parse(
        "{\"type\":\"web_search_tool_result\",\"tool_use_id\":\"srvtoolu_1\",\"content\":[{\"type\":"
            + "\"web_search_result\",\"url\":\"https://example.com\",\"title\":\"Weather\","
            + "\"encrypted_content\":\"abc\"}]}");
    server.enqueue(Reply.builder().text("Look:").block(serverToolUse).block(searchResult).stopReason("took_a_nap").build());
    server.enqueue(Reply.text("ok"));

    Message reply = client.messages().create(hello());
    assertThat(reply.stopReason()).isEqualTo(new StopReason("took_a_nap"));
    assertThat(reply.content().subList(1, 3)).containsExactly(new UnknownBlock(serverToolUse), new UnknownBlock(searchResult));

    MessageRequest next = hello().toBuilder().addMessage(reply.toParam()).addUserMessage("And?").build();
    client.messages().create(next);

    server.takeRequest();
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.json().at("/messages/1/content/1").toString()).isEqualTo(serverToolUse.toString());
    assertThat(sent.bodyText()).contains("\"max_age_days\":1.50").contains(searchResult.toString());
  }

  @Test
  void toolUseBlocksAreTyped() {
    server.enqueue(Reply.builder().text("Checking.").toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}")
        .stopReason("tool_use").build());

    Message reply = client.messages().create(hello());

    assertThat(reply.toolUses()).containsExactly(
        new ToolUseBlock("toolu_1", "get_weather", Wire.parse("{\"city\":\"Paris\"}"), null));
    assertThat(reply.content().get(0)).isEqualTo(TextBlock.of("Checking."));
  }

  @Test
  void countTokensSendsTheRequestWithoutMaxTokens() {
    long tokens = client.messages().countTokens(hello()).inputTokens();

    assertThat(tokens).isPositive();
    RecordedRequest request = server.takeRequest();
    assertThat(request.path()).isEqualTo("/v1/messages/count_tokens");
    assertThat(request.json().has("max_tokens")).isFalse();
  }

  @Test
  void modelsArePagedAndIteratedAndRetrieved() {
    ModelPage first = client.models().list(2, null, null);
    assertThat(first.data()).hasSize(2);
    assertThat(first.hasMore()).isTrue();
    ModelPage second = client.models().list(2, first.lastId(), null);
    assertThat(second.data()).extracting(ModelInfo::id).doesNotContainAnyElementsOf(
        first.data().stream().map(ModelInfo::id).toList());

    List<String> all = new ArrayList<>();
    client.models().listAll().forEach(model -> all.add(model.id()));
    assertThat(all).contains("claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5");

    ModelInfo opus = client.models().retrieve("claude-opus-4-8");
    assertThat(opus.maxInputTokens()).isEqualTo(1_000_000L);
    assertThat(opus.maxTokens()).isEqualTo(128_000L);
    assertThat(opus.displayName()).isNotBlank();
    assertThat(opus.json().has("capabilities")).isTrue();
    assertThatThrownBy(() -> client.models().retrieve("claude-nonexistent"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void oneClientServesManyThreads() throws Exception {
    server.respondWith(request -> Reply.text("echo " + request.json().at("/messages/0/content/0/text").asText()));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> replies = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String text = "n" + i;
        replies.add(pool.submit(() -> client.messages().create(
            MessageRequest.builder().model("claude-haiku-4-5").maxTokens(10).addUserMessage(text).build()).text()));
      }
      for (int i = 0; i < 40; i++) {
        assertThat(replies.get(i).get()).isEqualTo("echo n" + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNonStreamingRequestThatMayOutlastTheTimeoutIsRefusedBeforeSending() {
    MessageRequest huge = hello().toBuilder().maxTokens(64_000).build();

    assertThatThrownBy(() -> client.messages().create(huge))
        .isInstanceOf(ClaudeException.class)
        .hasMessageContaining("max_tokens 64000 may take about 1800 s")
        .hasMessageContaining("messages().stream(request)");
    assertThat(server.requestCount()).isZero();

    MessageRequest justUnder = hello().toBuilder().maxTokens(21_333).build();
    server.enqueue(Reply.text("fine"));
    assertThat(client.messages().create(justUnder).text()).isEqualTo("fine");
  }

  @Test
  void aClosedClientRefusesCalls() {
    client.close();
    client.close();

    assertThatThrownBy(() -> client.messages().create(hello()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    assertThatThrownBy(() -> ClaudeClient.fromEnv(Map.of()))
        .isInstanceOf(ClaudeException.class)
        .hasMessageContaining("ANTHROPIC_API_KEY is not set");

    ClaudeClient fromEnv = ClaudeClient.fromEnv(Map.of("ANTHROPIC_API_KEY", server.apiKey(),
        "ANTHROPIC_BASE_URL", server.baseUrl() + "/"));
    server.enqueue(Reply.text("env"));
    assertThat(fromEnv.baseUrl()).isEqualTo(server.baseUrl());
    assertThat(fromEnv.messages().create(hello()).text()).isEqualTo("env");
    fromEnv.close();
  }

  @Test
  void theKeyAppearsInNoToStringAndNoMessage() {
    String secret = "sk-ant-api03-very-secret";
    ClaudeClient.Builder builder = client.toBuilder().apiKey(secret);
    ClaudeClient keyed = builder.build();
    server.enqueue(Reply.error(400, "invalid_request_error", "bad"));

    ClaudeException failure = catchClaude(() -> keyed.messages().create(hello()));

    assertThat(List.of(keyed.toString(), builder.toString(), failure.getMessage(), String.valueOf(failure.getCause()),
        RequestOptions.builder().header("x-a", "b").build().toString()))
        .noneMatch(text -> text.contains(secret));
    keyed.close();
  }

  @Test
  void aConversationTurnOfUserBlocksIsSentInOrder() {
    server.enqueue(Reply.text("ok"));
    MessageRequest request = hello().toBuilder()
        .addAssistantMessage("Hi!")
        .addMessage(MessageParam.user(TextBlock.of("a"), TextBlock.of("b")))
        .build();

    client.messages().create(request);

    assertThat(server.takeRequest().json().at("/messages/2/content").toString())
        .isEqualTo("[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\"}]");
  }

  private static ClaudeException catchClaude(Runnable call) {
    try {
      call.run();
    } catch (ClaudeException e) {
      return e;
    }
    throw new AssertionError("expected a ClaudeException");
  }
}
