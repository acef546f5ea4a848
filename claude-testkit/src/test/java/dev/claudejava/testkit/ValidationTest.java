package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every request rule the server enforces, each with the API's status, error type and message. */
class ValidationTest {

  private final MockClaudeServer server = MockClaudeServer.start();
  private final TestClient client = new TestClient(server);

  @AfterEach
  void stop() {
    server.close();
  }

  /** JSON written with single quotes, for readability. */
  static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static final String USER = "{'role':'user','content':'Hi'}";

  static Stream<Arguments> rejectedMessages() {
    return Stream.of(
        rejected("body not JSON", "{\"model\": ", "The request body is not valid JSON: "),
        rejected("body not an object", "[1]", "The request body must be a JSON object, not array"),
        rejected("unknown top-level field",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + "],'foo':1}"),
            "foo: Extra inputs are not permitted"),
        rejected("model missing", j("{'max_tokens':10,'messages':[" + USER + "]}"), "model: Field required"),
        rejected("messages missing", j("{'model':'claude-sonnet-4-6','max_tokens':10}"), "messages: Field required"),
        rejected("max_tokens missing", j("{'model':'claude-sonnet-4-6','messages':[" + USER + "]}"),
            "max_tokens: Field required"),
        rejected("model not a string", j("{'model':4,'max_tokens':10,'messages':[" + USER + "]}"),
            "model: Input should be a valid string"),
        rejected("max_tokens not an integer", j("{'model':'claude-sonnet-4-6','max_tokens':'ten','messages':[" + USER + "]}"),
            "max_tokens: Input should be a valid integer"),
        rejected("max_tokens zero", j("{'model':'claude-sonnet-4-6','max_tokens':0,'messages':[" + USER + "]}"),
            "max_tokens: Input should be greater than or equal to 1"),
        rejected("stream not a boolean",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'stream':'yes','messages':[" + USER + "]}"),
            "stream: Input should be a valid boolean"),
        rejected("max_tokens above Sonnet 4.6's limit",
            j("{'model':'claude-sonnet-4-6','max_tokens':64001,'messages':[" + USER + "]}"),
            "max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-6"),
        rejected("max_tokens above Opus 4.8's limit",
            j("{'model':'claude-opus-4-8','max_tokens':128001,'messages':[" + USER + "]}"),
            "max_tokens: 128001 > 128000, which is the maximum allowed number of output tokens for claude-opus-4-8"),
        rejected("messages not a list", j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':{}}"),
            "messages: Input should be a valid list"),
        rejected("empty messages", j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[]}"),
            "messages: at least one message is required"),
        rejected("first turn from the assistant",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'assistant','content':'Hi'}," + USER + "]}"),
            "messages: first message must use the \"user\" role"),
        rejected("a system turn",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'system','content':'Be brief'}," + USER + "]}"),
            "messages: Unexpected role \"system\". The Messages API accepts a top-level `system` parameter,"
                + " not \"system\" as an input message role."),
        rejected("an unknown role",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'bot','content':'Hi'}]}"),
            "messages.0.role: Input should be 'user' or 'assistant'"),
        rejected("an extra field in a message",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'user','content':'Hi','name':'x'}]}"),
            "messages.0.name: Extra inputs are not permitted"),
        rejected("a message without content",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'user'}]}"),
            "messages.0.content: Field required"),
        rejected("an empty user turn",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'user','content':[]}]}"),
            "messages.0: all messages must have non-empty content except for the optional final assistant message"),
        rejected("a block without its required field",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + ",{'role':'assistant','content':["
                + "{'type':'thinking','thinking':'hm'}]}]}"),
            "messages.1.content.0.signature: Field required"),
        rejected("a tool_result that answers nothing",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'user','content':["
                + "{'type':'tool_result','tool_use_id':'toolu_9','content':'x'}]}]}"),
            "messages.0.content.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_9. Each `tool_result`"
                + " block must have a corresponding `tool_use` block in the previous message."),
        rejected("a tool_result answering a tool_use two turns back",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + ","
                + "{'role':'assistant','content':[{'type':'tool_use','id':'toolu_1','name':'f','input':{}}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_1','content':'x'}]},"
                + "{'role':'assistant','content':'done'},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_1','content':'again'}]}]}"),
            "messages.4.content.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_1. Each `tool_result`"
                + " block must have a corresponding `tool_use` block in the previous message."),
        rejected("tool_use ids not answered in the next turn",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + ","
                + "{'role':'assistant','content':[{'type':'tool_use','id':'toolu_1','name':'f','input':{}},"
                + "{'type':'tool_use','id':'toolu_2','name':'g','input':{}}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_1','content':'x'}]}]}"),
            "messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_2. Each"
                + " `tool_use` block must have a corresponding `tool_result` block in the next message."),
        rejected("a final assistant tool_use",
            j("{'model':'claude-haiku-4-5','max_tokens':10,'messages':[" + USER + ","
                + "{'role':'assistant','content':[{'type':'tool_use','id':'toolu_1','name':'f','input':{}}]}]}"),
            "messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1. Each"
                + " `tool_use` block must have a corresponding `tool_result` block in the next message."),
        rejected("thinking type enabled",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'thinking':{'type':'enabled','budget_tokens':2048},"
                + "'messages':[" + USER + "]}"),
            "\"thinking.type.enabled\" is not supported for this model. Use \"thinking.type.adaptive\" and"
                + " \"output_config.effort\" to control thinking behavior."),
        rejected("budget_tokens with adaptive thinking",
            j("{'model':'claude-haiku-4-5','max_tokens':10,'thinking':{'type':'adaptive','budget_tokens':2048},"
                + "'messages':[" + USER + "]}"),
            "\"thinking.type.enabled\" is not supported for this model. Use \"thinking.type.adaptive\" and"
                + " \"output_config.effort\" to control thinking behavior."),
        rejected("an unknown thinking type",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'thinking':{'type':'deep'},'messages':[" + USER + "]}"),
            "thinking: Input tag 'deep' found using 'type' does not match any of the expected tags: 'enabled',"
                + " 'disabled', 'adaptive'"),
        rejected("an unknown thinking display",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'thinking':{'type':'adaptive','display':'full'},"
                + "'messages':[" + USER + "]}"),
            "thinking.adaptive.display: Input should be 'summarized' or 'omitted'"),
        rejected("an unknown effort",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'output_config':{'effort':'extreme'},'messages':[" + USER + "]}"),
            "output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh' or 'max'"),
        rejected("temperature on Opus 4.8",
            j("{'model':'claude-opus-4-8','max_tokens':10,'temperature':0.2,'messages':[" + USER + "]}"),
            "`temperature` is deprecated for this model."),
        rejected("top_p on Opus 4.8",
            j("{'model':'claude-opus-4-8','max_tokens':10,'top_p':0.9,'messages':[" + USER + "]}"),
            "`top_p` is deprecated for this model."),
        rejected("top_k on Opus 4.8",
            j("{'model':'claude-opus-4-8','max_tokens':10,'top_k':5,'messages':[" + USER + "]}"),
            "`top_k` is deprecated for this model."),
        rejected("a prefill on Sonnet 4.6",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + ",{'role':'assistant','content':'{'}]}"),
            "This model does not support assistant message prefill. The conversation must end with a user message."),
        rejected("a prefill on Opus 4.8",
            j("{'model':'claude-opus-4-8','max_tokens':10,'messages':[" + USER + ",{'role':'assistant','content':'Sure'}]}"),
            "This model does not support assistant message prefill. The conversation must end with a user message."),
        rejected("thinking with forced tool use",
            j("{'model':'claude-opus-4-8','max_tokens':10,'thinking':{'type':'adaptive'},"
                + "'tool_choice':{'type':'tool','name':'f'},'tools':[{'name':'f','input_schema':{'type':'object'}}],"
                + "'messages':[" + USER + "]}"),
            "Thinking may not be enabled when tool_choice forces tool use."),
        rejected("two tools with one name",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'tools':[{'name':'f','input_schema':{'type':'object'}},"
                + "{'name':'f','input_schema':{'type':'object'}}],'messages':[" + USER + "]}"),
            "tools: Tool names must be unique."),
        rejected("five cache_control breakpoints",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'cache_control':{'type':'ephemeral'},"
                + "'system':[{'type':'text','text':'s','cache_control':{'type':'ephemeral'}}],"
                + "'tools':[{'name':'f','input_schema':{'type':'object'},'cache_control':{'type':'ephemeral'}}],"
                + "'messages':[{'role':'user','content':[{'type':'text','text':'a','cache_control':{'type':'ephemeral'}},"
                + "{'type':'text','text':'b','cache_control':{'type':'ephemeral','ttl':'1h'}}]}]}"),
            "A maximum of 4 blocks with cache_control may be provided. Found 5."),
        rejected("a fifth breakpoint inside a tool_result",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'user','content':["
                + "{'type':'text','text':'a','cache_control':{'type':'ephemeral'}},"
                + "{'type':'text','text':'b','cache_control':{'type':'ephemeral'}},"
                + "{'type':'text','text':'c','cache_control':{'type':'ephemeral'}}]},"
                + "{'role':'assistant','content':[{'type':'tool_use','id':'toolu_1','name':'f','input':{}}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_1','cache_control':{'type':'ephemeral'},"
                + "'content':[{'type':'text','text':'r','cache_control':{'type':'ephemeral'}}]}]}]}"),
            "A maximum of 4 blocks with cache_control may be provided. Found 5."));
  }

  private static Arguments rejected(String rule, String body, String message) {
    return Arguments.of(rule, body, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedMessages")
  void rejectsAsTheApiDoes(String rule, String body, String message) {
    server.enqueue(Reply.text("never sent"));

    HttpResponse<String> response = client.post("/v1/messages", body);

    assertThat(response.statusCode()).as(rule).isEqualTo(400);
    JsonNode error = TestClient.json(response.body());
    assertThat(error.at("/error/type").asText()).isEqualTo("invalid_request_error");
    if (rule.equals("body not JSON")) {
      assertThat(error.at("/error/message").asText()).startsWith(message);
    } else {
      assertThat(error.at("/error/message").asText()).isEqualTo(message);
    }
    assertThat(error.path("request_id").asText()).isEqualTo(response.headers().firstValue("request-id").orElseThrow());
    assertThat(response.headers().firstValue("x-should-retry")).hasValue("false");
    assertThat(server.pendingReplies()).as("a rejected request leaves the script alone").isEqualTo(1);
  }

  static Stream<Arguments> acceptedMessages() {
    return Stream.of(
        Arguments.of("two user turns in a row (the API merges them)",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + "," + USER + "]}")),
        Arguments.of("a prefill on Haiku 4.5, even an empty one",
            j("{'model':'claude-haiku-4-5','max_tokens':10,'messages':[" + USER + ",{'role':'assistant','content':''}]}")),
        Arguments.of("adaptive thinking with tool_choice auto",
            j("{'model':'claude-opus-4-8','max_tokens':10,'thinking':{'type':'adaptive'},'tool_choice':{'type':'auto'},"
                + "'tools':[{'name':'f','input_schema':{'type':'object'}}],'messages':[" + USER + "]}")),
        Arguments.of("forced tool use with thinking disabled",
            j("{'model':'claude-opus-4-8','max_tokens':10,'thinking':{'type':'disabled'},'tool_choice':{'type':'any'},"
                + "'tools':[{'name':'f','input_schema':{'type':'object'}}],'messages':[" + USER + "]}")),
        Arguments.of("max_tokens at Opus 4.8's limit",
            j("{'model':'claude-opus-4-8','max_tokens':128000,'messages':[" + USER + "]}")),
        Arguments.of("temperature on Sonnet 4.6",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'temperature':0.2,'top_p':0.9,'top_k':5,'messages':[" + USER + "]}")),
        Arguments.of("adaptive thinking with effort",
            j("{'model':'claude-opus-4-8','max_tokens':10,'thinking':{'type':'adaptive','display':'summarized'},"
                + "'output_config':{'effort':'max'},'messages':[" + USER + "]}")),
        Arguments.of("thinking disabled", j("{'model':'claude-haiku-4-5','max_tokens':10,'thinking':{'type':'disabled'},"
            + "'messages':[" + USER + "]}")),
        Arguments.of("a tool round answered in the next turn, merged with a text turn",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + ","
                + "{'role':'assistant','content':[{'type':'text','text':'Let me check.'},"
                + "{'type':'tool_use','id':'toolu_1','name':'f','input':{}},{'type':'tool_use','id':'toolu_2','name':'g','input':{}}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_2','content':'y'}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_1','content':'x'},{'type':'text','text':'and?'}]}]}")),
        Arguments.of("four cache_control breakpoints",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'cache_control':{'type':'ephemeral'},"
                + "'system':[{'type':'text','text':'s','cache_control':{'type':'ephemeral'}}],"
                + "'tools':[{'name':'f','input_schema':{'type':'object','properties':{'cache_control':{'type':'string'}}},"
                + "'cache_control':{'type':'ephemeral'}}],"
                + "'messages':[{'role':'user','content':[{'type':'text','text':'a','cache_control':{'type':'ephemeral'}}]}]}")),
        Arguments.of("every top-level field of CreateMessageParams",
            j("{'model':'claude-sonnet-4-6','messages':[" + USER + "],'cache_control':null,'container':null,"
                + "'inference_geo':null,'max_tokens':10,'metadata':{'user_id':'u'},'output_config':{'format':null},"
                + "'service_tier':'auto','stop_sequences':['END'],'stream':false,'system':'Be brief','temperature':1,"
                + "'thinking':null,'tool_choice':{'type':'auto'},'tools':[],'top_k':5,'top_p':0.5}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedMessages")
  void acceptsWhatTheApiAccepts(String rule, String body) {
    server.enqueue(Reply.text("fine"));

    HttpResponse<String> response = client.post("/v1/messages", body);

    assertThat(response.statusCode()).as(rule + ": " + response.body()).isEqualTo(200);
  }

  private static final String DOCUMENT = "{'type':'document','source':{'type':'text','media_type':'text/plain','data':'d'}}";
  private static final String CITATION = "{'type':'char_location','cited_text':'d','document_index':0,"
      + "'document_title':null,'start_char_index':0,'end_char_index':1}";

  static Stream<Arguments> rejectedUnderVersion20261021() {
    return Stream.of(
        rejected("temperature on any model",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'temperature':1,'messages':[" + USER + "]}"),
            "temperature: Extra inputs are not permitted"),
        rejected("top_k on any model",
            j("{'model':'claude-haiku-4-5','max_tokens':10,'top_k':5,'messages':[" + USER + "]}"),
            "top_k: Extra inputs are not permitted"),
        rejected("a document in an assistant turn",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + ",{'role':'assistant','content':["
                + DOCUMENT + "]}," + USER + "]}"),
            "messages.1.content.0: `document` blocks are not accepted in `assistant` messages in API version 2026-10-21;"
                + " send the document in a `user` message"),
        rejected("citations on a user text block",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'user','content':[{'type':'text',"
                + "'text':'x','citations':[" + CITATION + "]}]}]}"),
            "messages.0.content.0.citations: `citations` on `text` blocks in `user` messages are not accepted in API"
                + " version 2026-10-21; remove them"),
        rejected("citations on a text block inside a user's search_result",
            j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'user','content':[{'type':'search_result',"
                + "'source':'s','title':'t','content':[{'type':'text','text':'x','citations':[" + CITATION + "]}]}]}]}"),
            "messages.0.content.0.content.0.citations: `citations` on `text` blocks in `user` messages are not accepted"
                + " in API version 2026-10-21; remove them"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedUnderVersion20261021")
  void rejectsWhatApiVersion20261021Removed(String rule, String body, String message) {
    HttpResponse<String> newer = TestClient.send(client.request("/v1/messages").setHeader("anthropic-version", "2026-10-21")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());

    assertThat(newer.statusCode()).as(rule).isEqualTo(400);
    assertThat(TestClient.json(newer.body()).at("/error/message").asText()).isEqualTo(message);
  }

  @Test
  void version20261021AcceptsWhatItKeeps() {
    server.respondWith(request -> Reply.text("ok"));
    String citedAnswer = j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[{'role':'user','content':["
        + DOCUMENT + ",{'type':'text','text':'Summarise'}]},{'role':'assistant','content':[{'type':'text','text':'d',"
        + "'citations':[" + CITATION + "]}]}," + USER + "]}");

    HttpResponse<String> newer = TestClient.send(client.request("/v1/messages").setHeader("anthropic-version", "2026-10-21")
        .POST(HttpRequest.BodyPublishers.ofString(citedAnswer)).build());
    HttpResponse<String> older = client.post("/v1/messages",
        j("{'model':'claude-sonnet-4-6','max_tokens':10,'temperature':1,'messages':[" + USER + "]}"));

    assertThat(newer.statusCode()).as(newer.body()).isEqualTo(200);
    assertThat(older.statusCode()).as(older.body()).isEqualTo(200);
  }

  @Test
  void repeatsTheApisRecordedAnswerToAnOrphanToolResult() throws Exception {
    String dir = System.getProperty("claude.conformance.dir");
    Path recording = dir == null ? null
        : Path.of(dir, "fixtures", "py-recorded-200-then-400-invalid-request.json");
    Assumptions.assumeTrue(recording != null && Files.exists(recording),
        "conformance recording py-recorded-200-then-400-invalid-request.json absent: skipped");
    JsonNode exchanges = Json.parse(Files.readString(recording));
    JsonNode rejectedExchange = exchanges.get(exchanges.size() - 1);
    JsonNode request = rejectedExchange.at("/request/body").deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) request).put("model", "claude-haiku-4-5");

    HttpResponse<String> response = client.messages(request);

    assertThat(response.statusCode()).isEqualTo(rejectedExchange.at("/response/status_code").asInt());
    assertThat(TestClient.json(response.body()).path("error"))
        .isEqualTo(rejectedExchange.at("/response/body/error"));
  }

  @Test
  void anUnknownModelIs404NotFound() {
    HttpResponse<String> response = client.messages(TestClient.body("claude-3-opus-20240229", "Hi"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(TestClient.json(response.body()).path("error").toString())
        .isEqualTo("{\"type\":\"not_found_error\",\"message\":\"model: claude-3-opus-20240229\"}");
  }

  @Test
  void theKeyIsRequiredAsXApiKeyOrBearerToken() {
    String body = TestClient.body("Hi").toString();
    server.respondWith(request -> Reply.text("ok"));
    HttpResponse<String> none = TestClient.send(HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/v1/messages"))
        .header("anthropic-version", "2023-06-01").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    HttpResponse<String> wrong = TestClient.send(client.request("/v1/messages").setHeader("x-api-key", "nope")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    HttpResponse<String> bearer = TestClient.send(HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/v1/messages"))
        .header("authorization", "Bearer " + server.apiKey()).header("anthropic-version", "2023-06-01")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    HttpResponse<String> wrongBearer = TestClient.send(HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/v1/models"))
        .header("authorization", "Bearer nope").header("anthropic-version", "2023-06-01").build());

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(TestClient.json(none.body()).path("error").toString())
        .isEqualTo("{\"type\":\"authentication_error\",\"message\":\"x-api-key header is required\"}");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(TestClient.json(wrong.body()).at("/error/message").asText()).isEqualTo("invalid x-api-key");
    assertThat(wrongBearer.statusCode()).isEqualTo(401);
    assertThat(bearer.statusCode()).isEqualTo(200);
  }

  @Test
  void aServerThatRequiresNoKeyAcceptsAnyOrNone() {
    try (MockClaudeServer open = MockClaudeServer.builder().requireApiKey(false).build()) {
      open.enqueue(Reply.text("ok"));
      HttpResponse<String> response = TestClient.send(HttpRequest.newBuilder(java.net.URI.create(open.baseUrl() + "/v1/messages"))
          .header("anthropic-version", "2023-06-01")
          .POST(HttpRequest.BodyPublishers.ofString(TestClient.body("Hi").toString())).build());
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theApiVersionHeaderIsRequiredAndChecked() {
    server.respondWith(request -> Reply.text("ok"));
    HttpResponse<String> missing = TestClient.send(HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/v1/models"))
        .header("x-api-key", server.apiKey()).build());
    HttpResponse<String> invalid = TestClient.send(client.request("/v1/models").setHeader("anthropic-version", "2099-01-01")
        .build());

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(TestClient.json(missing.body()).at("/error/message").asText()).isEqualTo("anthropic-version: header is required");
    assertThat(TestClient.json(invalid.body()).at("/error/message").asText())
        .isEqualTo("anthropic-version: \"2099-01-01\" is not a valid version");
  }

  @Test
  void countTokensAllowsOnlyItsOwnFields() {
    HttpResponse<String> withMaxTokens = client.post("/v1/messages/count_tokens",
        j("{'model':'claude-sonnet-4-6','max_tokens':10,'messages':[" + USER + "]}"));
    HttpResponse<String> withoutModel = client.post("/v1/messages/count_tokens", j("{'messages':[" + USER + "]}"));
    HttpResponse<String> unknownModel = client.post("/v1/messages/count_tokens",
        j("{'model':'claude-nope','messages':[" + USER + "]}"));
    HttpResponse<String> orphanResult = client.post("/v1/messages/count_tokens",
        j("{'model':'claude-sonnet-4-6','messages':[{'role':'user','content':[{'type':'tool_result','tool_use_id':'t','content':'x'}]}]}"));

    assertThat(TestClient.json(withMaxTokens.body()).at("/error/message").asText())
        .isEqualTo("max_tokens: Extra inputs are not permitted");
    assertThat(TestClient.json(withoutModel.body()).at("/error/message").asText()).isEqualTo("model: Field required");
    assertThat(unknownModel.statusCode()).isEqualTo(404);
    assertThat(TestClient.json(orphanResult.body()).at("/error/message").asText())
        .startsWith("messages.0.content.0: unexpected `tool_use_id`");
  }

  @Test
  void withValidationOffOnlyTheKeyIsChecked() {
    try (MockClaudeServer lenient = MockClaudeServer.builder().validateRequests(false).build()) {
      lenient.enqueue(Reply.text("anything goes"));
      lenient.enqueue(Reply.text("even this"));
      TestClient lenientClient = new TestClient(lenient);

      HttpResponse<String> odd = lenientClient.post("/v1/messages",
          j("{'model':'claude-nope','messages':[{'role':'assistant','content':'x'}],'foo':1}"));
      HttpResponse<String> notJson = TestClient.send(HttpRequest.newBuilder(java.net.URI.create(lenient.baseUrl() + "/v1/messages"))
          .header("x-api-key", lenient.apiKey()).POST(HttpRequest.BodyPublishers.ofString("not json")).build());
      HttpResponse<String> noKey = TestClient.send(HttpRequest.newBuilder(java.net.URI.create(lenient.baseUrl() + "/v1/models"))
          .build());

      assertThat(odd.statusCode()).isEqualTo(200);
      assertThat(TestClient.json(odd.body()).path("model").asText()).isEqualTo("claude-nope");
      assertThat(notJson.statusCode()).isEqualTo(200);
      assertThat(TestClient.json(notJson.body()).path("model").asText()).isEqualTo("claude-opus-4-8");
      assertThat(noKey.statusCode()).isEqualTo(401);
    }
  }
}
