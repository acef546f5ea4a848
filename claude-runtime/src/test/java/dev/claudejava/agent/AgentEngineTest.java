package dev.claudejava.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.client.ClaudeClient;
import dev.claudejava.client.InternalServerException;
import dev.claudejava.client.RequestOptions;
import dev.claudejava.conformance.RequestConformance;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.MessageParam;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.Role;
import dev.claudejava.model.StopReason;
import dev.claudejava.model.ThinkingBlock;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.model.ToolResultBlock;
import dev.claudejava.testkit.MockClaudeExtension;
import dev.claudejava.testkit.MockClaudeServer;
import dev.claudejava.testkit.RecordedRequest;
import dev.claudejava.testkit.Reply;
import dev.claudejava.tool.HandWrittenWeatherToolSet;
import dev.claudejava.tool.ToolResult;
import dev.claudejava.tool.ToolSet;
import dev.claudejava.tool.WeatherTools;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine end to end, against the mock API over real HTTP. */
class AgentEngineTest {

  @RegisterExtension static final MockClaudeExtension claude = new MockClaudeExtension();
  @RegisterExtension static final RequestConformance conformance = new RequestConformance(claude);

  private MockClaudeServer server;
  private ClaudeClient client;
  private AgentEngine engine;

  @BeforeEach
  void engine(MockClaudeServer server) {
    this.server = server;
    this.client = ClaudeClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl())
        .retryDelays(Duration.ofMillis(5), Duration.ofMillis(10)).build();
    this.engine = AgentEngine.builder().client(client).tools(new HandWrittenWeatherToolSet(new WeatherTools())).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static MessageRequest ask(String question) {
    return MessageRequest.builder().model("claude-opus-4-8").maxTokens(1024).addUserMessage(question).build();
  }

  private static Reply toolUse(String id, String name, String input) {
    return Reply.builder().toolUse(id, name, input).usage(10, 5, 2, 3).build();
  }

  @Test
  void aThreeRoundLoopSendsEachResultBackAndReturnsTheFinalAnswer() {
    server.enqueue(toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}"));
    server.enqueue(toolUse("toolu_2", "get_weather", "{\"city\":\"Oslo\",\"unit\":\"FAHRENHEIT\"}"));
    server.enqueue(Reply.builder().text("Paris is warmer.").usage(30, 7).build());

    AgentResult result = engine.run(ask("Paris or Oslo?"));

    assertThat(result.text()).isEqualTo("Paris is warmer.");
    assertThat(result.rounds()).isEqualTo(3);
    assertThat(result.toolCalls()).extracting(ToolCall::id).containsExactly("toolu_1", "toolu_2");
    assertThat(result.usage().inputTokens()).isEqualTo(50);
    assertThat(result.usage().outputTokens()).isEqualTo(17);
    assertThat(result.usage().cacheCreationInputTokens()).isEqualTo(4);
    assertThat(result.usage().cacheReadInputTokens()).isEqualTo(6);
    assertThat(result.exchange()).extracting(MessageParam::role)
        .containsExactly(Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
    server.takeRequest();
    JsonNode second = server.takeRequest().json();
    assertThat(second.at("/messages/2/content/0/tool_use_id").asText()).isEqualTo("toolu_1");
    assertThat(second.at("/messages/2/content/0/content/0/text").asText()).isEqualTo("Sunny, 21 C in Paris");
    assertThat(second.at("/messages/2/content/0/is_error").isMissingNode()).isTrue();
    assertThat(second.at("/tools").size()).isEqualTo(3);
    JsonNode third = server.takeRequest().json();
    assertThat(third.at("/messages/4/content/0/content/0/text").asText()).isEqualTo("Sunny, 21 F in Oslo");
  }

  @Test
  void theToolCallsOfOneTurnRunInParallelAndKeepTheirOrder() throws Exception {
    CyclicBarrier bothRunning = new CyclicBarrier(2);
    ToolSet slowTools = new BarrierTools(bothRunning);
    AgentEngine parallel = AgentEngine.builder().client(client).tools(slowTools).build();
    server.enqueue(Reply.builder()
        .toolUse("toolu_a", "wait", "{\"label\":\"first\",\"sleepMillis\":300}")
        .toolUse("toolu_b", "wait", "{\"label\":\"second\",\"sleepMillis\":0}")
        .build());
    server.enqueue(Reply.text("done"));

    AgentResult result = parallel.run(ask("go"));

    assertThat(result.toolCalls()).extracting(ToolCall::outcome).containsOnly(ToolCall.Outcome.SUCCEEDED);
    server.takeRequest();
    JsonNode results = server.takeRequest().json().at("/messages/2/content");
    assertThat(results.get(0).path("tool_use_id").asText()).isEqualTo("toolu_a");
    assertThat(results.get(0).at("/content/0/text").asText()).isEqualTo("first");
    assertThat(results.get(1).path("tool_use_id").asText()).isEqualTo("toolu_b");
  }

  @Test
  void sequentialToolsNeverOverlap() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    ToolSet counting = new SimpleToolSet("count", input -> {
      maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
      Thread.sleep(50);
      running.decrementAndGet();
      return ToolResult.text("ok");
    });
    AgentEngine sequential = AgentEngine.builder().client(client).tools(counting).parallelTools(false).build();
    server.enqueue(Reply.builder().toolUse("t1", "count", "{}").toolUse("t2", "count", "{}").toolUse("t3", "count", "{}").build());
    server.enqueue(Reply.text("done"));

    sequential.run(ask("go"));

    assertThat(maxRunning.get()).isEqualTo(1);
  }

  @Test
  void faultsBecomeErrorResultsTheModelCanReactTo() {
    server.enqueue(Reply.builder()
        .toolUse("t1", "explode", "{\"reason\":\"test\"}")
        .toolUse("t2", "get_wether", "{\"city\":\"Paris\"}")
        .toolUse("t3", "get_weather", "{\"city\":42}")
        .build());
    server.enqueue(Reply.text("Sorry."));

    AgentResult result = engine.run(ask("go"));

    assertThat(result.toolCalls()).extracting(ToolCall::outcome).containsExactly(
        ToolCall.Outcome.FAILED, ToolCall.Outcome.UNKNOWN_TOOL, ToolCall.Outcome.INVALID_INPUT);
    server.takeRequest();
    JsonNode results = server.takeRequest().json().at("/messages/2/content");
    assertThat(results).allSatisfy(r -> assertThat(r.path("is_error").asBoolean()).isTrue());
    assertThat(results.get(0).at("/content/0/text").asText()).isEqualTo("disk on fire: test");
    assertThat(results.get(1).at("/content/0/text").asText())
        .isEqualTo("no tool is named 'get_wether'; the tools are get_weather, plan_trip, explode");
    assertThat(results.get(2).at("/content/0/text").asText()).isEqualTo("invalid input: city: expected a string, got 42");
    assertThat(result.toolCalls().get(0).failure()).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void aNullResultAndAWrappedExceptionAreFaultsWithAMessageTheModelCanRead() {
    AgentEngine odd = AgentEngine.builder().client(client)
        .tools(new SimpleToolSet("nothing", input -> null))
        .tools(new SimpleToolSet("proxied", input -> {
          throw new UndeclaredThrowableException(new java.io.IOException("disk gone"));
        }))
        .build();
    server.enqueue(Reply.builder().toolUse("t1", "nothing", "{}").toolUse("t2", "proxied", "{}").build());
    server.enqueue(Reply.text("Sorry."));

    AgentResult result = odd.run(ask("go"));

    assertThat(result.toolCalls()).extracting(ToolCall::outcome)
        .containsExactly(ToolCall.Outcome.FAILED, ToolCall.Outcome.FAILED);
    assertThat(result.toolCalls()).extracting(call -> call.result().text()).containsExactly(
        "dev.claudejava.agent.AgentEngineTest$SimpleToolSet returned no result (null) for tool nothing; a tool with"
            + " nothing to say returns ToolResult.done()",
        "disk gone");
    assertThat(result.toolCalls()).extracting(call -> call.result().isError()).containsOnly(true);
  }

  @Test
  void aFaultPolicyCanThrowInsteadAndTheConversationIsLeftAsItWas() {
    AgentEngine strict = AgentEngine.builder().client(client).tools(new HandWrittenWeatherToolSet(new WeatherTools()))
        .faultPolicy(ToolFaultPolicy.THROW_TOOL_FAILURES).build();
    Conversation conversation = Conversation.create();
    server.enqueue(Reply.builder().toolUse("t1", "explode", "{\"reason\":\"boom\"}").build());

    assertThatThrownBy(() -> strict.run(ask("go"), conversation))
        .isInstanceOfSatisfying(ToolExecutionException.class, e -> {
          assertThat(e.toolCall().name()).isEqualTo("explode");
          assertThat(e.getCause()).hasMessage("disk on fire: boom");
          assertThat(e.result().toolCalls()).hasSize(1);
        });
    assertThat(conversation.size()).isZero();
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void thinkingBlocksGoBackByteForByteEvenWhenEmpty() {
    server.enqueue(Reply.builder()
        .thinking("", "RW1wdHlUaGlua2luZ1NpZw==")
        .thinking("I should call the tool. \u00e9\u2028", "U2lnbmF0dXJlMg==")
        .redactedThinking("cmVkYWN0ZWQ=")
        .toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}")
        .build());
    server.enqueue(Reply.text("Sunny."));

    AgentResult result = engine.run(ask("Weather?"));

    assertThat(result.text()).isEqualTo("Sunny.");
    String sent = server.requests().get(1).bodyText();
    assertThat(sent).contains("{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"RW1wdHlUaGlua2luZ1NpZw==\"},"
        + "{\"type\":\"thinking\",\"thinking\":\"I should call the tool. \u00e9\u2028\",\"signature\":\"U2lnbmF0dXJlMg==\"},"
        + "{\"type\":\"redacted_thinking\",\"data\":\"cmVkYWN0ZWQ=\"}");
    assertThat(result.exchange().get(1).content().get(0)).isEqualTo(new ThinkingBlock("", "RW1wdHlUaGlua2luZ1NpZw=="));
  }

  @Test
  void theMockApiRejectsAnAssistantTurnThatLostItsThinking() {
    server.enqueue(Reply.builder().thinking("plan", "c2ln").toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}").build());
    client.messages().create(ask("Weather?").toBuilder().tools(engine.toolDefinitions()).build());
    MessageRequest withoutThinking = ask("Weather?").toBuilder()
        .tools(engine.toolDefinitions())
        .addMessage(MessageParam.assistant(new dev.claudejava.model.ToolUseBlock(
            "toolu_1", "get_weather", Wire.parse("{\"city\":\"Paris\"}"), null)))
        .addMessage(MessageParam.user(ToolResultBlock.of("toolu_1", "Sunny")))
        .build();

    assertThatThrownBy(() -> client.messages().create(withoutThinking))
        .isInstanceOf(dev.claudejava.client.BadRequestException.class);
  }

  @Test
  void blocksTheLibraryDoesNotKnowGoBackUnchanged() {
    String serverToolUse = "{\"type\":\"server_tool_use\",\"id\":\"srvtoolu_1\",\"name\":\"web_search\","
        + "\"input\":{\"query\":\"Paris weather\"}}";
    String searchResult = "{\"type\":\"web_search_tool_result\",\"tool_use_id\":\"srvtoolu_1\",\"content\":"
        + "[{\"type\":\"web_search_result\",\"url\":\"https://example.com\",\"title\":\"Paris\","
        + "\"encrypted_content\":\"RW5j\",\"page_age\":null}]}";
    server.enqueue(Reply.builder().block(Wire.parse(serverToolUse)).block(Wire.parse(searchResult))
        .toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}").build());
    server.enqueue(Reply.text("Sunny."));

    engine.run(ask("Weather?"));

    assertThat(server.requests().get(1).bodyText()).contains(
        "{\"role\":\"assistant\",\"content\":[" + serverToolUse + "," + searchResult + ",{\"type\":\"tool_use\"");
  }

  @Test
  void aPausedTurnIsSentBackAndContinued() {
    server.enqueue(Reply.builder().text("Searching the web").stopReason("pause_turn").build());
    server.enqueue(Reply.builder().text(" ... found it.").build());

    AgentResult result = engine.run(ask("Find it"));

    assertThat(result.rounds()).isEqualTo(2);
    JsonNode second = server.requests().get(1).json();
    assertThat(second.at("/messages/1/role").asText()).isEqualTo("assistant");
    assertThat(second.at("/messages/1/content/0/text").asText()).isEqualTo("Searching the web");
    assertThat(second.path("messages").size()).isEqualTo(2);
    assertThat(result.exchange()).hasSize(2);
    assertThat(result.exchange().get(1).text()).isEqualTo("Searching the web ... found it.");
    assertThat(result.text()).isEqualTo(" ... found it.");
  }

  @Test
  void tooManyToolRoundsStopWithTheExchangeSoFar() {
    AgentEngine limited = AgentEngine.builder().client(client).tools(new HandWrittenWeatherToolSet(new WeatherTools()))
        .maxToolRounds(2).build();
    server.respondWith(request -> toolUse("toolu_" + request.sequence(), "get_weather", "{\"city\":\"Paris\"}"));

    assertThatThrownBy(() -> limited.run(ask("loop")))
        .isInstanceOfSatisfying(MaxToolRoundsException.class, e -> {
          assertThat(e.result().toolCalls()).hasSize(2);
          assertThat(e.result().rounds()).isEqualTo(3);
          assertThat(e.getMessage()).contains("more than 2 rounds");
        });
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void pausedTurnsHaveTheirOwnBoundAndSaySo() {
    AgentEngine limited = AgentEngine.builder().client(client).maxToolRounds(1).build();
    server.respondWith(request -> Reply.builder().text("still searching").stopReason("pause_turn").build());

    assertThatThrownBy(() -> limited.run(ask("search")))
        .isInstanceOfSatisfying(MaxToolRoundsException.class, e -> {
          assertThat(e.getMessage()).startsWith("the server paused the turn (stop_reason pause_turn) more than 1 times");
          assertThat(e.result().rounds()).isEqualTo(2);
        });
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void maxTokensThrowsWithThePartialMessageUnlessAccepted() {
    server.enqueue(Reply.builder().text("The answer is").stopReason("max_tokens").build());
    assertThatThrownBy(() -> engine.run(ask("go")))
        .isInstanceOfSatisfying(MaxTokensException.class,
            e -> assertThat(e.result().message().text()).isEqualTo("The answer is"));

    server.enqueue(Reply.builder().text("The answer is").stopReason("max_tokens").build());
    AgentResult partial = engine.run(ask("go"), null, RunOptions.acceptingMaxTokens());
    assertThat(partial.message().stopReason()).isEqualTo(StopReason.MAX_TOKENS);
  }

  @Test
  void aFullContextWindowIsACutShortReplyToo() {
    server.enqueue(Reply.builder().text("The answer").stopReason("model_context_window_exceeded").usage(1000, 3).build());
    assertThatThrownBy(() -> engine.run(ask("go")))
        .isInstanceOfSatisfying(MaxTokensException.class, e -> {
          assertThat(e.result().message().text()).isEqualTo("The answer");
          assertThat(e.getMessage()).isEqualTo("the reply filled the model's context window (stop_reason"
              + " model_context_window_exceeded) and is cut short (3 output tokens, 1000 input tokens); shorten the"
              + " conversation, or accept partial replies with RunOptions.acceptingMaxTokens()");
        });

    server.enqueue(Reply.builder().text("The answer").stopReason("model_context_window_exceeded").build());
    assertThat(engine.run(ask("go"), null, RunOptions.acceptingMaxTokens()).message().stopReason())
        .isEqualTo(StopReason.MODEL_CONTEXT_WINDOW_EXCEEDED);
  }

  @Test
  void aRefusalThrowsWithItsDetailsAndIsNotRetried() {
    server.enqueue(Reply.builder().text("").stopReason("refusal")
        .stopDetails(Wire.parse("{\"type\":\"refusal\",\"category\":\"cyber\",\"explanation\":\"no\"}")).build());

    assertThatThrownBy(() -> engine.run(ask("go")))
        .isInstanceOfSatisfying(RefusalException.class, e -> {
          assertThat(e.stopDetails().category()).isEqualTo("cyber");
          assertThat(e.getMessage()).contains("category cyber: no");
        });
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void anUnknownStopReasonFinishesTheCall() {
    server.enqueue(Reply.builder().text("hm").stopReason("took_a_nap").build());

    assertThat(engine.run(ask("go")).message().stopReason()).isEqualTo(new StopReason("took_a_nap"));
  }

  @Test
  void aConversationPersistedToJsonIsRestoredMidChat() {
    Conversation conversation = Conversation.create();
    server.enqueue(toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}"));
    server.enqueue(Reply.text("Sunny in Paris."));
    engine.run(ask("Weather in Paris?"), conversation);
    assertThat(conversation.size()).isEqualTo(4);

    Conversation restored = Conversation.fromJson(conversation.toJson());
    assertThat(restored.turns()).isEqualTo(conversation.turns());
    server.enqueue(Reply.text("Also sunny."));
    engine.run(ask("And tomorrow?"), restored);

    JsonNode sent = server.requests().get(2).json().path("messages");
    assertThat(sent.size()).isEqualTo(5);
    assertThat(sent.get(4).at("/content/0/text").asText()).isEqualTo("And tomorrow?");
    assertThat(restored.size()).isEqualTo(6);
    assertThat(conversation.size()).isEqualTo(4);
  }

  @Test
  void aFailedCallLeavesTheConversationUntouched() {
    Conversation conversation = Conversation.create();
    server.enqueue(Reply.text("Hello."));
    engine.run(ask("Hi"), conversation);
    List<MessageParam> before = conversation.turns();
    AgentEngine noRetries = AgentEngine.builder().client(client).tools(new HandWrittenWeatherToolSet(new WeatherTools()))
        .requestOptions(RequestOptions.builder().maxRetries(0).build()).build();
    server.enqueue(toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}"));
    server.enqueue(Reply.error(500, "api_error", "boom"));

    assertThatThrownBy(() -> noRetries.run(ask("Weather?"), conversation)).isInstanceOf(InternalServerException.class);
    assertThat(conversation.turns()).isEqualTo(before);
  }

  @Test
  void turnsThatDoNotAlternateAreRejectedBeforeSending() {
    assertThatThrownBy(() -> Conversation.of(List.of(MessageParam.assistant("hi"))))
        .isInstanceOf(ConversationException.class)
        .hasMessage("the first turn of a conversation must be user, not assistant");
    MessageRequest twoUsers = ask("one").toBuilder().addUserMessage("two").build();
    assertThatThrownBy(() -> engine.run(twoUsers))
        .isInstanceOf(ConversationException.class)
        .hasMessage("turn 1 is user after a user turn; a conversation alternates user and assistant turns");
    assertThatThrownBy(() -> Conversation.fromJson("{\"messages\":[{\"role\":\"assistant\",\"content\":\"x\"}]}"))
        .isInstanceOf(ConversationException.class);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void streamingAcrossToolRoundsEqualsTheNonStreamingResult() {
    List<Reply> script = List.of(
        Reply.builder().id("msg_a").thinking("Need weather.", "c2ln").text("Checking.")
            .toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}").usage(10, 5).build(),
        Reply.builder().id("msg_b").text("It is sunny in Paris.").usage(20, 6).build());
    server.enqueue(script.get(0));
    server.enqueue(script.get(1));
    AgentResult plain = engine.run(ask("Weather?"));
    server.reset();
    server.enqueue(script.get(0));
    server.enqueue(script.get(1));

    List<String> text = new ArrayList<>();
    AgentResult streamed;
    try (AgentStream stream = engine.stream(ask("Weather?"))) {
      stream.text().forEach(text::add);
      streamed = stream.result();
    }

    assertThat(String.join("", text)).isEqualTo("Checking.It is sunny in Paris.");
    assertThat(streamed.message()).isEqualTo(plain.message());
    assertThat(streamed.exchange()).isEqualTo(plain.exchange());
    assertThat(streamed.usage()).isEqualTo(plain.usage());
    assertThat(streamed.rounds()).isEqualTo(plain.rounds());
    assertThat(streamed.toolCalls()).extracting(ToolCall::result).isEqualTo(
        plain.toolCalls().stream().map(ToolCall::result).toList());
    assertThat(server.requests()).allMatch(RecordedRequest::streamed);
  }

  @Test
  void streamedTextReachesTheCallbacksRoundByRoundBeforeTheNextRoundIsSent() {
    server.enqueue(Reply.builder().text("Checking.").toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}").build());
    server.enqueue(Reply.builder().text("Sunny.").build());
    Map<Integer, String> textByRequestsSent = new TreeMap<>();
    List<String> events = new ArrayList<>();

    AgentResult result;
    try (AgentStream stream = engine.stream(ask("Weather?"))
        .onText(text -> textByRequestsSent.merge(server.requestCount(), text, String::concat))
        .onEvent(event -> events.add(event.getClass().getSimpleName()))) {
      result = stream.result();
    }

    assertThat(textByRequestsSent).containsExactly(entry(1, "Checking."), entry(2, "Sunny."));
    assertThat(events).filteredOn("MessageStart"::equals).hasSize(2);
    assertThat(result.text()).isEqualTo("Sunny.");
  }

  @Test
  void aStreamedCallThatFailsInALaterRoundStaysFailedAndLeavesTheConversationAsItWas() {
    Conversation conversation = Conversation.create();
    AgentEngine noRetries = AgentEngine.builder().client(client).tools(new HandWrittenWeatherToolSet(new WeatherTools()))
        .requestOptions(RequestOptions.builder().maxRetries(0).build()).build();
    server.enqueue(Reply.builder().text("Checking.").toolUse("toolu_1", "get_weather", "{\"city\":\"Paris\"}").build());
    server.enqueue(Reply.error(500, "api_error", "boom"));
    List<String> text = new ArrayList<>();

    try (AgentStream stream = noRetries.stream(ask("Weather?"), conversation, RunOptions.defaults())) {
      InternalServerException failure = catchThrowableOfType(
          InternalServerException.class, () -> stream.text().forEach(text::add));
      assertThat(failure).isNotNull();
      assertThatThrownBy(stream::result).isSameAs(failure);
      assertThatThrownBy(() -> stream.iterator().hasNext()).isSameAs(failure);
    }

    assertThat(String.join("", text)).isEqualTo("Checking.");
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(conversation.size()).isZero();
  }

  @Test
  void theListenerSeesEveryStepInOrder() {
    List<String> events = new CopyOnWriteArrayList<>();
    AgentEngine observed = AgentEngine.builder().client(client).tools(new HandWrittenWeatherToolSet(new WeatherTools()))
        .listener(new AgentListener() {
          @Override
          public void onRequest(int round, MessageRequest request) {
            events.add("request " + round);
          }

          @Override
          public void onResponse(int round, dev.claudejava.model.Message reply, Duration elapsed) {
            events.add("response " + round + " " + reply.stopReason() + " " + reply.usage().outputTokens());
          }

          @Override
          public void onToolStarted(dev.claudejava.model.ToolUseBlock call) {
            events.add("tool started " + call.name());
          }

          @Override
          public void onToolFinished(ToolCall call) {
            events.add("tool finished " + call.name() + " " + call.outcome());
          }

          @Override
          public void onRetry(int attempt, Duration delay, dev.claudejava.client.ClaudeException cause) {
            events.add("retry " + attempt);
          }
        }).build();
    server.enqueue(Reply.error(529, "overloaded_error", "busy"));
    server.enqueue(Reply.builder().toolUse("t1", "get_weather", "{\"city\":\"Paris\"}").usage(1, 2).build());
    server.enqueue(Reply.builder().text("ok").usage(1, 3).build());

    observed.run(ask("go"));

    assertThat(events).containsExactly(
        "request 1", "retry 1", "response 1 tool_use 2", "tool started get_weather",
        "tool finished get_weather SUCCEEDED", "request 2", "response 2 end_turn 3");
  }

  @Test
  void twoToolSetsWithOneToolNameAreRejected() {
    assertThatThrownBy(() -> AgentEngine.builder().client(client)
            .tools(new HandWrittenWeatherToolSet(new WeatherTools()), new HandWrittenWeatherToolSet(new WeatherTools()))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two tools are named 'get_weather'");
  }

  @Test
  void theEnginesToolsAreAddedToARequestThatListsNone() {
    server.enqueue(Reply.text("ok"));

    engine.run(ask("go"));

    assertThat(server.takeRequest().json().path("tools").size()).isEqualTo(3);
    assertThat(engine.toolDefinitions()).extracting(ToolDefinition::name).containsExactly("get_weather", "plan_trip", "explode");
  }

  /** A tool set with one tool, for tests of the loop's mechanics. */
  static final class SimpleToolSet implements ToolSet {
    interface Body {
      ToolResult apply(JsonNode input) throws Exception;
    }

    private final String name;
    private final Body body;

    SimpleToolSet(String name, Body body) {
      this.name = name;
      this.body = body;
    }

    @Override
    public List<ToolDefinition> definitions() {
      return List.of(ToolDefinition.of(name, "test tool", Wire.objectNode().put("type", "object")));
    }

    @Override
    public ToolResult invoke(String called, JsonNode input) throws Exception {
      return body.apply(input);
    }
  }

  /** A tool that waits until both calls of a turn run at once (or fails after a while), then sleeps. */
  static final class BarrierTools implements ToolSet {
    private final CyclicBarrier barrier;

    BarrierTools(CyclicBarrier barrier) {
      this.barrier = barrier;
    }

    @Override
    public List<ToolDefinition> definitions() {
      return List.of(ToolDefinition.of("wait", "waits", Wire.objectNode().put("type", "object")));
    }

    @Override
    public ToolResult invoke(String name, JsonNode input) throws InterruptedException, BrokenBarrierException {
      try {
        barrier.await(20, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("the two tool calls did not run at the same time");
      }
      Thread.sleep(input.path("sleepMillis").asLong());
      return ToolResult.text(input.path("label").asText());
    }
  }
}
