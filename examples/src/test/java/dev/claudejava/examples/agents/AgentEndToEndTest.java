package dev.claudejava.examples.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.agent.AgentResult;
import dev.claudejava.agent.AgentStream;
import dev.claudejava.agent.Conversation;
import dev.claudejava.agent.StructuredOutputException;
import dev.claudejava.client.ClaudeClient;
import dev.claudejava.conformance.RequestConformance;
import dev.claudejava.model.Document;
import dev.claudejava.model.Image;
import dev.claudejava.model.Message;
import dev.claudejava.model.StopReason;
import dev.claudejava.testkit.MockClaudeExtension;
import dev.claudejava.testkit.MockClaudeServer;
import dev.claudejava.testkit.RecordedRequest;
import dev.claudejava.testkit.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A generated agent, called method by method against the mock API over real HTTP. */
class AgentEndToEndTest {

  @RegisterExtension static final MockClaudeExtension claude = new MockClaudeExtension();
  @RegisterExtension static final RequestConformance conformance = new RequestConformance(claude);

  private MockClaudeServer server;
  private ClaudeClient client;
  private TravelTools tools;
  private TravelAgent agent;

  @BeforeEach
  void agent(MockClaudeServer server) {
    this.server = server;
    this.client = ClaudeClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl()).build();
    this.tools = new TravelTools();
    this.agent = ClaudeTravelAgent.builder().client(client).travelTools(tools).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private JsonNode request() {
    return server.takeRequest().json();
  }

  @Test
  void aStringMethodSendsTheConstantPartAndTheQuestionAndReturnsTheText() {
    server.enqueue(Reply.text("Take the train."));

    assertThat(agent.ask("How do I get to Lyon?")).isEqualTo("Take the train.");

    JsonNode sent = request();
    assertThat(sent.path("model").asText()).isEqualTo("claude-opus-4-8");
    assertThat(sent.path("max_tokens").asInt()).isEqualTo(2048);
    assertThat(sent.at("/system/0/text").asText()).isEqualTo(TravelAgent.SYSTEM);
    assertThat(sent.at("/thinking/type").asText()).isEqualTo("adaptive");
    assertThat(sent.at("/output_config/effort").asText()).isEqualTo("high");
    assertThat(sent.at("/stop_sequences/0").asText()).isEqualTo("###");
    assertThat(sent.at("/messages/0/content/0/text").asText()).isEqualTo("How do I get to Lyon?");
  }

  @Test
  void cacheBreakpointsSitOnTheSystemPromptAndTheLastTool() {
    server.enqueue(Reply.text("ok"));

    agent.ask("Hi");

    JsonNode sent = request();
    assertThat(sent.at("/system/0/cache_control/type").asText()).isEqualTo("ephemeral");
    JsonNode tools = sent.path("tools");
    assertThat(tools).extracting(t -> t.path("name").asText()).containsExactly("get_weather", "today");
    assertThat(tools.get(0).has("cache_control")).isFalse();
    assertThat(tools.get(1).at("/cache_control/type").asText()).isEqualTo("ephemeral");
    assertThat(sent.has("cache_control")).isFalse();
  }

  @Test
  void everyCallSendsTheSameBytesBeforeItsMessages() {
    server.enqueue(Reply.text("one"));
    server.enqueue(Reply.text("two"));

    agent.ask("First question");
    agent.ask("A different, longer second question");

    String first = server.takeRequest().bodyText();
    String second = server.takeRequest().bodyText();
    String prefix = first.substring(0, first.indexOf("\"messages\""));
    assertThat(prefix).hasSizeGreaterThan(4000);
    assertThat(second).startsWith(prefix);
  }

  @Test
  void toolsOfTheToolClassAndTheInterfaceAreCalled() {
    server.enqueue(Reply.builder().thinking("need weather and date", "c2ln")
        .toolUse("toolu_1", "get_weather", "{\"city\":\"Rome\"}")
        .toolUse("toolu_2", "today", "{}").build());
    server.enqueue(Reply.text("Sunny in Rome on 2026-11-25."));

    assertThat(agent.ask("Weather in Rome today?")).isEqualTo("Sunny in Rome on 2026-11-25.");

    assertThat(tools.calls.get()).isEqualTo(1);
    server.takeRequest();
    JsonNode results = request().at("/messages/2/content");
    assertThat(results.get(0).at("/content/0/text").asText()).isEqualTo("Sunny in Rome");
    assertThat(results.get(1).at("/content/0/text").asText()).isEqualTo("2026-11-25");
  }

  @Test
  void aTemplateFillsTheUserMessageAndARecordIsReadFromStructuredOutput() {
    server.enqueue(Reply.text("{\"destination\":\"Kyoto\",\"nights\":4,\"sights\":[\"Fushimi Inari\"],\"budget\":\"MEDIUM\"}"));

    TravelAgent.Trip trip = agent.plan("Kyoto", 4);

    assertThat(trip).isEqualTo(new TravelAgent.Trip("Kyoto", 4, List.of("Fushimi Inari"), TravelAgent.Budget.MEDIUM));
    JsonNode sent = request();
    assertThat(sent.at("/messages/0/content/0/text").asText()).isEqualTo("Plan 4 nights in Kyoto.");
    JsonNode format = sent.at("/output_config/format");
    assertThat(format.path("type").asText()).isEqualTo("json_schema");
    assertThat(format.at("/schema/required").toString()).isEqualTo("[\"destination\",\"nights\",\"sights\",\"budget\"]");
    assertThat(format.at("/schema/properties/budget/enum").toString()).isEqualTo("[\"LOW\",\"MEDIUM\",\"HIGH\"]");
    assertThat(format.at("/schema/additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void enumsListsAndBooleansAreWrappedAsValue() {
    server.enqueue(Reply.text("{\"value\":\"HIGH\"}"));
    server.enqueue(Reply.text("{\"value\":[\"Louvre\",\"Orsay\"]}"));
    server.enqueue(Reply.text("{\"value\":true}"));

    assertThat(agent.budgetFor("Zurich")).isEqualTo(TravelAgent.Budget.HIGH);
    assertThat(agent.sightsOf("Paris")).containsExactly("Louvre", "Orsay");
    assertThat(agent.isCapital("Paris")).isTrue();

    assertThat(request().at("/output_config/format/schema/properties/value/enum").size()).isEqualTo(3);
    assertThat(request().at("/output_config/format/schema/required/0").asText()).isEqualTo("value");
  }

  @Test
  void aReplyThatDoesNotFitTheTypeIsAClearErrorQuotingThePath() {
    server.enqueue(Reply.text("{\"destination\":\"Kyoto\",\"nights\":\"four\",\"sights\":[],\"budget\":\"LOW\"}"));
    server.enqueue(Reply.text("Sure! Here is your trip."));

    assertThatThrownBy(() -> agent.plan("Kyoto", 4))
        .isInstanceOf(StructuredOutputException.class)
        .hasMessageContaining("the reply does not fit dev.claudejava.examples.agents.TravelAgent$Trip: nights: expected"
            + " an integer, got \"four\"");
    assertThatThrownBy(() -> agent.plan("Kyoto", 4))
        .isInstanceOf(StructuredOutputException.class)
        .hasMessageContaining("the reply is not JSON")
        .satisfies(e -> assertThat(((StructuredOutputException) e).result().text()).isEqualTo("Sure! Here is your trip."));
  }

  @Test
  void imagesAndDocumentsGoFirstInTheUserTurn() {
    server.enqueue(Reply.text("A cat."));
    server.enqueue(Reply.text("Profits rose."));
    server.enqueue(Reply.text("The second."));

    agent.describe(Image.of(new byte[] {1, 2, 3}, "image/png"), "What is this?");
    agent.summarize(Document.text("Q3 profits rose 10%."), "Summarize.");
    agent.compare(List.of(Image.url("https://example.com/a.png"), Image.url("https://example.com/b.png")), "Which?");

    JsonNode image = request().at("/messages/0/content");
    assertThat(image.at("/0/type").asText()).isEqualTo("image");
    assertThat(image.at("/0/source/type").asText()).isEqualTo("base64");
    assertThat(image.at("/0/source/media_type").asText()).isEqualTo("image/png");
    assertThat(image.at("/0/source/data").asText()).isEqualTo("AQID");
    assertThat(image.at("/1/text").asText()).isEqualTo("What is this?");
    JsonNode document = request().at("/messages/0/content");
    assertThat(document.at("/0/type").asText()).isEqualTo("document");
    assertThat(document.at("/0/source/data").asText()).isEqualTo("Q3 profits rose 10%.");
    assertThat(document.at("/0/cache_control/type").asText()).isEqualTo("ephemeral");
    JsonNode images = request().at("/messages/0/content");
    assertThat(images.at("/0/source/url").asText()).isEqualTo("https://example.com/a.png");
    assertThat(images.at("/1/source/url").asText()).isEqualTo("https://example.com/b.png");
    assertThat(images.at("/2/text").asText()).isEqualTo("Which?");
  }

  @Test
  void aConversationGrowsWithEveryCall() {
    Conversation conversation = Conversation.create();
    server.enqueue(Reply.text("Hello, Ana."));
    server.enqueue(Reply.text("You are Ana."));

    agent.chat(conversation, "I am Ana.");
    assertThat(agent.chat(conversation, "Who am I?")).isEqualTo("You are Ana.");

    server.takeRequest();
    JsonNode messages = request().path("messages");
    assertThat(messages).extracting(m -> m.at("/content/0/text").asText())
        .containsExactly("I am Ana.", "Hello, Ana.", "Who am I?");
    assertThat(conversation.size()).isEqualTo(4);
  }

  @Test
  void aStreamingMethodDeliversTheTextOfEveryToolRound() {
    server.enqueue(Reply.builder().text("Checking. ").toolUse("toolu_1", "get_weather", "{\"city\":\"Oslo\"}").build());
    server.enqueue(Reply.builder().text("Oslo is sunny.").build().chunkSize(3));

    List<String> pieces = new ArrayList<>();
    AgentResult result;
    try (AgentStream stream = agent.stream("Weather in Oslo?")) {
      stream.text().forEach(pieces::add);
      result = stream.result();
    }

    assertThat(String.join("", pieces)).isEqualTo("Checking. Oslo is sunny.");
    assertThat(pieces.size()).isGreaterThan(3);
    assertThat(result.rounds()).isEqualTo(2);
    assertThat(result.toolCalls()).hasSize(1);
    assertThat(server.requests()).allMatch(RecordedRequest::streamed);
  }

  @Test
  void completableFutureMethodsRunAsynchronously() throws Exception {
    server.enqueue(Reply.text("Later.").delay(Duration.ofMillis(200)));
    server.enqueue(Reply.text("{\"destination\":\"Bern\",\"nights\":1,\"sights\":[],\"budget\":\"LOW\"}"));

    var later = agent.askLater("Anything?");
    assertThat(later.get(10, TimeUnit.SECONDS)).isEqualTo("Later.");
    assertThat(agent.planLater("A night in Bern").get(10, TimeUnit.SECONDS).destination()).isEqualTo("Bern");
  }

  @Test
  void tokenCountingSendsExactlyTheRequestTheMethodWouldSend() {
    long tokens = agent.count("How far is Lyon?").inputTokens();

    assertThat(tokens).isPositive();
    RecordedRequest counted = server.takeRequest();
    assertThat(counted.path()).isEqualTo("/v1/messages/count_tokens");
    server.enqueue(Reply.text("ok"));
    agent.ask("How far is Lyon?");
    JsonNode asked = request();
    JsonNode count = counted.json();
    assertThat(count.get("system")).isEqualTo(asked.get("system"));
    assertThat(count.get("tools")).isEqualTo(asked.get("tools"));
    assertThat(count.get("thinking")).isEqualTo(asked.get("thinking"));
    assertThat(count.get("messages")).isEqualTo(asked.get("messages"));
  }

  @Test
  void rawAndFullResultsAcceptATruncatedReply() {
    server.enqueue(Reply.builder().text("Cut sh").stopReason("max_tokens").build());
    server.enqueue(Reply.builder().text("Cut sh").stopReason("max_tokens").usage(5, 2048).build());

    Message raw = agent.raw("Write a lot.");
    AgentResult full = agent.full("Write a lot.");

    assertThat(raw.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
    assertThat(full.usage().outputTokens()).isEqualTo(2048);
  }

  @Test
  void methodLevelMaxTokensAndEffortOverrideTheAgents() {
    server.enqueue(Reply.text("Yes."));

    agent.brief("Is Bern the capital?");

    JsonNode sent = request();
    assertThat(sent.at("/system/0/text").asText()).isEqualTo(TravelAgent.SYSTEM);
    assertThat(sent.path("max_tokens").asInt()).isEqualTo(100);
    assertThat(sent.at("/output_config/effort").asText()).isEqualTo("low");
  }

  @Test
  void aMethodLevelSystemPromptIsFilledFromTheParameters() {
    PoetAgent poet = ClaudePoetAgent.builder().client(client).build();
    server.enqueue(Reply.text("Roses."));
    server.enqueue(Reply.text("Autumn leaves falling"));

    poet.poem("Roses, please.");
    poet.haiku("autumn");

    assertThat(request().at("/system/0/text").asText()).isEqualTo("You write poems.");
    JsonNode haiku = request();
    assertThat(haiku.at("/system/0/text").asText()).isEqualTo("You write haiku about autumn.");
    assertThat(haiku.at("/system/0/cache_control").isMissingNode()).isTrue();
    assertThat(haiku.path("max_tokens").asInt()).isEqualTo(100);
    assertThat(haiku.at("/messages/0/content/0/text").asText()).isEqualTo("One haiku, please.");
  }

  @Test
  void builderOverridesChangeTheModelAndMaxTokens() {
    TravelAgent configured = ClaudeTravelAgent.builder().client(client).travelTools(tools)
        .model("claude-sonnet-4-6").maxTokens(512).build();
    server.enqueue(Reply.text("ok"));

    configured.ask("Hi");

    JsonNode sent = request();
    assertThat(sent.path("model").asText()).isEqualTo("claude-sonnet-4-6");
    assertThat(sent.path("max_tokens").asInt()).isEqualTo(512);
  }

  @Test
  void defaultMethodsStayCallable() {
    assertThat(agent.greet("Ana")).isEqualTo("Hello, Ana");
    assertThat(agent.today()).isEqualTo("2026-11-25");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> agent.ask(null)).isInstanceOf(NullPointerException.class).hasMessage("question");
  }

}
