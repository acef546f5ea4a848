package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the testkit sends, checked against the API's own OpenAPI description (read from the
 * {@code claude.conformance.dir} system property; skipped when it is absent): JSON replies against
 * {@code Message}, stream events against {@code MessageStreamEvent}, errors against
 * {@code ErrorResponse}, models against {@code ModelInfo} and {@code ListResponse_ModelInfo_}, counts
 * against {@code CountMessageTokensResponse}.
 *
 * <p>The document lists nullable fields as {@code required} although the API omits many of them.
 * {@link #RELAXED} drops exactly these from {@code required}, each because a recording of the real
 * API omits it ({@link #realRecordingsPassUnderTheSameRelaxations} holds the schema to that):
 *
 * <ul>
 *   <li>{@code Message.container}, {@code Message.stop_details}: absent from the recorded
 *       non-streamed reply (py-recorded-nonstream-200);
 *   <li>{@code Usage.server_tool_use}: absent from every recorded usage; {@code Usage.inference_geo}:
 *       absent from the recorded stream of go-recorded-stream-tool-use;
 *   <li>{@code ResponseTextBlock.citations}: absent from every recorded text block;
 *   <li>{@code ResponseToolUseBlock.caller}: absent from the tool_use block of the recorded Go stream
 *       (go-recorded-stream-tool-use);
 *   <li>{@code MessageDelta.container}, {@code MessageDelta.stop_details},
 *       {@code MessageDeltaUsage.server_tool_use}: absent from every recorded {@code message_delta}.
 * </ul>
 *
 * <p>Nothing else is relaxed: the testkit itself sends {@code stop_details}, {@code caller} and
 * {@code inference_geo}, as the newest recordings do.
 */
class OpenApiConformanceTest {

  static final Map<String, List<String>> RELAXED = Map.of(
      "Message", List.of("container", "stop_details"),
      "Usage", List.of("server_tool_use", "inference_geo"),
      "ResponseTextBlock", List.of("citations"),
      "ResponseToolUseBlock", List.of("caller"),
      "MessageDelta", List.of("container", "stop_details"),
      "MessageDeltaUsage", List.of("server_tool_use"));

  private static final String DOCUMENT = "https://conformance.invalid/anthropic-openapi.json";
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  private static Path conformanceDir;
  private static JsonNode openApi;
  private static SchemaRegistry registry;
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private MockClaudeServer server;
  private TestClient client;

  @BeforeAll
  static void loadTheDocument() throws Exception {
    String dir = System.getProperty("claude.conformance.dir");
    if (dir == null || !Files.exists(Path.of(dir, "anthropic-openapi.json"))) {
      return;
    }
    conformanceDir = Path.of(dir);
    openApi = Json.parse(Files.readString(conformanceDir.resolve("anthropic-openapi.json")));
    ObjectNode relaxed = openApi.deepCopy();
    ObjectNode schemas = (ObjectNode) relaxed.at("/components/schemas");
    RELAXED.forEach((schema, fields) -> {
      ArrayNode required = (ArrayNode) schemas.path(schema).path("required");
      assertThat(required).as("%s.required", schema).isNotNull();
      for (String field : fields) {
        boolean removed = false;
        for (Iterator<JsonNode> it = required.elements(); it.hasNext(); ) {
          if (it.next().asText().equals(field)) {
            it.remove();
            removed = true;
          }
        }
        assertThat(removed).as("%s.%s is required in the document, so relaxing it means something", schema, field)
            .isTrue();
      }
    });
    String text = Json.write(relaxed);
    registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(Map.of(DOCUMENT, text)));
  }

  @BeforeEach
  void requireTheDocument() {
    Assumptions.assumeTrue(registry != null,
        "conformance document anthropic-openapi.json (system property claude.conformance.dir) absent: skipped");
    server = MockClaudeServer.start();
    client = new TestClient(server);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** The schema violations of {@code instance} against {@code #/components/schemas/NAME} (or a pointer below it). */
  static List<String> violations(String pointer, JsonNode instance) {
    Schema schema = SCHEMAS.computeIfAbsent(pointer,
        p -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/" + p)));
    List<String> messages = new ArrayList<>();
    for (Error error : schema.validate(JACKSON3.readTree(Json.write(instance)))) {
      messages.add(error.getInstanceLocation() + " " + error.getMessage() + " [" + error.getEvaluationPath() + "]");
    }
    return messages;
  }

  private static Map<String, Reply> replies() {
    Map<String, Reply> replies = new LinkedHashMap<>();
    replies.put("text", Reply.text("Hello!"));
    replies.put("empty", Reply.builder().build());
    replies.put("thinking and tool use", Reply.builder()
        .thinking("let me think", "sig-1")
        .redactedThinking("opaque==")
        .text("Checking.")
        .toolUse("toolu_01", "get_weather", "{\"city\":\"Paris\"}")
        .usage(10, 20, 30, 40)
        .build());
    replies.put("server tool", Reply.builder()
        .block(TestClient.json("{\"type\":\"server_tool_use\",\"id\":\"srvtoolu_01\",\"name\":\"web_search\","
            + "\"input\":{\"query\":\"weather\"},\"caller\":{\"type\":\"direct\"}}"))
        .text("Searched.")
        .build());
    replies.put("stop sequence", Reply.builder().text("halt").stopSequence("###").build());
    replies.put("refusal", Reply.builder().text("").stopReason("refusal")
        .stopDetails(TestClient.json("{\"type\":\"refusal\",\"category\":\"cyber\",\"explanation\":\"No.\"}")).build());
    return replies;
  }

  @Test
  void everyJsonReplyIsAMessage() {
    replies().forEach((name, reply) -> {
      server.enqueue(reply);
      JsonNode message = TestClient.json(client.messages(TestClient.body("Hi")).body());
      assertThat(violations("Message", message)).as(name + ": " + message).isEmpty();
    });
  }

  @Test
  void everyStreamedEventIsAMessageStreamEvent() {
    replies().forEach((name, reply) -> {
      server.enqueue(reply);
      for (TestClient.Event event : TestClient.events(client.messages(TestClient.streamed("Hi")).body())) {
        assertThat(violations("MessageStreamEvent", event.json())).as(name + ": " + event.data()).isEmpty();
      }
    });
  }

  @Test
  void anErrorEventMidStreamIsAnErrorResponse() {
    server.enqueue(Reply.text("Hello").errorEventAfter(2, "overloaded_error", "Overloaded"));

    List<TestClient.Event> events = TestClient.events(client.messages(TestClient.streamed("Hi")).body());

    assertThat(events.get(2).event()).isEqualTo("error");
    assertThat(violations("ErrorResponse", events.get(2).json())).isEmpty();
  }

  @Test
  void everyErrorIsAnErrorResponse() {
    server.enqueue(Reply.error(429, "rate_limit_error", "Slow down"));
    server.enqueue(Fault.status(529, "overloaded_error", "Overloaded"));
    List<HttpResponse<String>> errors = List.of(
        client.messages(TestClient.body("rate limited")),
        client.messages(TestClient.body("overloaded")),
        client.messages(TestClient.body("nothing scripted")),
        client.post("/v1/messages", "{\"model\":\"claude-sonnet-4-6\"}"),
        client.messages(TestClient.body("claude-nope", "Hi")),
        client.get("/v1/nowhere"),
        client.get("/v1/models/claude-nope"),
        TestClient.send(client.request("/v1/models").setHeader("x-api-key", "wrong").build()));

    for (HttpResponse<String> error : errors) {
      assertThat(error.statusCode()).isGreaterThanOrEqualTo(400);
      assertThat(violations("ErrorResponse", TestClient.json(error.body()))).as(error.body()).isEmpty();
    }
  }

  @Test
  void modelsAreModelInfosInAListResponse() {
    JsonNode page = TestClient.json(client.get("/v1/models").body());
    JsonNode one = TestClient.json(client.get("/v1/models/claude-opus-4-8").body());

    assertThat(violations("ListResponse_ModelInfo_", page)).isEmpty();
    assertThat(page.path("data")).isNotEmpty().allSatisfy(model -> assertThat(violations("ModelInfo", model)).isEmpty());
    assertThat(violations("ModelInfo", one)).isEmpty();
  }

  @Test
  void aTokenCountIsACountMessageTokensResponse() {
    JsonNode count = TestClient.json(client.post("/v1/messages/count_tokens",
        "{\"model\":\"claude-sonnet-4-6\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}").body());

    assertThat(violations("CountMessageTokensResponse", count)).isEmpty();
  }

  @Test
  void theAllowedRequestFieldsAreTheDocumentsProperties() {
    assertThat(RequestValidator.MESSAGE_FIELDS)
        .containsExactlyInAnyOrderElementsOf(fieldNames(openApi.at("/components/schemas/CreateMessageParams/properties")));
    assertThat(openApi.at("/components/schemas/CreateMessageParams/additionalProperties").asBoolean(true)).isFalse();
    assertThat(RequestValidator.COUNT_TOKENS_FIELDS)
        .containsExactlyInAnyOrderElementsOf(fieldNames(openApi.at("/components/schemas/CountMessageTokensParams/properties")));
    assertThat(openApi.at("/components/schemas/CountMessageTokensParams/additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void theValidationIsNotVacuous() {
    server.enqueue(Reply.text("Hello!"));
    ObjectNode message = (ObjectNode) TestClient.json(client.messages(TestClient.body("Hi")).body());
    message.remove("content");
    ObjectNode wrongType = message.deepCopy();
    wrongType.put("role", "user");

    assertThat(violations("Message", message)).isNotEmpty();
    assertThat(violations("Message", wrongType)).isNotEmpty();
    assertThat(violations("MessageStreamEvent", TestClient.json("{\"type\":\"content_block_stop\"}"))).isNotEmpty();
  }

  @Test
  void realRecordingsPassUnderTheSameRelaxations() throws Exception {
    Path fixtures = conformanceDir.resolve("fixtures");
    assertThat(violations("Message", Json.parse(Files.readString(fixtures.resolve("py-recorded-nonstream-200.body.json")))))
        .isEmpty();
    assertThat(violations("ErrorResponse", Json.parse(Files.readString(fixtures.resolve("py-recorded-429.rate_limit_error.body.json")))))
        .isEmpty();
    assertThat(violations("ErrorResponse", Json.parse(Files.readString(fixtures.resolve("py-recorded-400.invalid_request_error.body.json")))))
        .isEmpty();
    for (String recording : List.of("go-recorded-stream-tool-use.sse", "py-recorded-200-stream-after-retries.sse")) {
      for (TestClient.Event event : TestClient.events(Files.readString(fixtures.resolve(recording)))) {
        assertThat(violations("MessageStreamEvent", event.json())).as(recording + ": " + event.data()).isEmpty();
      }
    }
    JsonNode toolRound = Json.parse(Files.readString(fixtures.resolve("py-recorded-200-then-400-invalid-request.json")));
    assertThat(violations("Message", toolRound.at("/0/response/body"))).isEmpty();
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
