package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CountTokensAndModelsTest {

  private final MockClaudeServer server = MockClaudeServer.start();
  private final TestClient client = new TestClient(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void countsTokensWithTheDocumentedEstimate() {
    String body = ValidationTest.j("{'model':'claude-opus-4-8','system':[{'type':'text','text':'12345678'}],"
        + "'tools':[{'name':'abcd','description':'efgh','input_schema':{'type':'object'}}],"
        + "'messages':[{'role':'user','content':[{'type':'text','text':'1234'},"
        + "{'type':'image','source':{'type':'base64','media_type':'image/png','data':'AAAA'}},"
        + "{'type':'document','source':{'type':'text','media_type':'text/plain','data':'12345678'}},"
        + "{'type':'document','source':{'type':'url','url':'https://example.com/a.pdf'}}]},"
        + "{'role':'assistant','content':[{'type':'thinking','thinking':'1234','signature':'s'},"
        + "{'type':'tool_use','id':'t','name':'abcd','input':{'a':1}}]},"
        + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'t','content':[{'type':'text','text':'12'},"
        + "{'type':'image','source':{'type':'base64','media_type':'image/png','data':'AAAA'}}]}]}]}");

    HttpResponse<String> response = client.post("/v1/messages/count_tokens", body);

    // characters: system 8, tool 4 + 4 + 17 ({"type":"object"}), text 4, text document 8, thinking 4,
    // tool_use 4 + 7 ({"a":1}), tool_result text 2: 62 -> 16 tokens; 2 images and 1 other document fixed
    int expected = 16 + 2 * TokenEstimate.IMAGE_TOKENS + TokenEstimate.DOCUMENT_TOKENS;
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"input_tokens\":" + expected + "}");
    assertThat(TokenEstimate.inputTokens(TestClient.json(body))).isEqualTo(expected);
  }

  @Test
  void theEstimateIsAtLeastOneAndCountsCodePoints() {
    assertThat(TokenEstimate.inputTokens(TestClient.json("{\"messages\":[]}"))).isEqualTo(1);
    assertThat(TokenEstimate.inputTokens(TestClient.body("😀😀😀😀😀"))).isEqualTo(2);
    assertThat(TokenEstimate.inputTokens(TestClient.json(
        "{\"system\":\"abcd\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"search_result\",\"x\":1}]}]}")))
        .isEqualTo(9); // 4 characters of system and 30 of the unknown block, counted as its compact JSON
  }

  @Test
  void listsModelsNewestFirst() {
    HttpResponse<String> response = client.get("/v1/models");

    JsonNode page = TestClient.json(response.body());
    assertThat(page.path("data")).extracting(model -> model.path("id").asText())
        .containsExactly("claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5");
    assertThat(page.path("has_more").asBoolean()).isFalse();
    assertThat(page.path("first_id").asText()).isEqualTo("claude-opus-4-8");
    assertThat(page.path("last_id").asText()).isEqualTo("claude-haiku-4-5");
    JsonNode opus = page.path("data").get(0);
    assertThat(opus.path("type").asText()).isEqualTo("model");
    assertThat(opus.path("display_name").asText()).isEqualTo("Claude Opus 4.8");
    assertThat(opus.path("max_input_tokens").asInt()).isEqualTo(1_000_000);
    assertThat(opus.path("max_tokens").asInt()).isEqualTo(128_000);
    assertThat(Instant.parse(opus.path("created_at").asText())).isEqualTo(MockModel.CLAUDE_OPUS_4_8.createdAt());
    assertThat(opus.at("/capabilities/thinking/types/adaptive/supported").asBoolean()).isTrue();
    assertThat(opus.at("/capabilities/thinking/types/enabled/supported").asBoolean()).isFalse();
    JsonNode haiku = page.path("data").get(2);
    assertThat(haiku.path("max_input_tokens").asInt()).isEqualTo(200_000);
    assertThat(haiku.path("max_tokens").asInt()).isEqualTo(64_000);
  }

  @Test
  void pagesForwardAndBackward() {
    JsonNode first = TestClient.json(client.get("/v1/models?limit=2").body());
    JsonNode second = TestClient.json(client.get("/v1/models?limit=2&after_id=" + first.path("last_id").asText()).body());
    JsonNode back = TestClient.json(client.get("/v1/models?limit=1&before_id=claude-haiku-4-5").body());

    assertThat(first.path("data")).hasSize(2);
    assertThat(first.path("has_more").asBoolean()).isTrue();
    assertThat(second.path("data")).extracting(model -> model.path("id").asText()).containsExactly("claude-haiku-4-5");
    assertThat(second.path("has_more").asBoolean()).isFalse();
    assertThat(back.path("data")).extracting(model -> model.path("id").asText()).containsExactly("claude-sonnet-4-6");
    assertThat(back.path("has_more").asBoolean()).isTrue();
  }

  @Test
  void anEmptyPageHasNullIds() {
    JsonNode page = TestClient.json(client.get("/v1/models?after_id=claude-haiku-4-5").body());

    assertThat(page.path("data")).isEmpty();
    assertThat(page.path("first_id").isNull()).isTrue();
    assertThat(page.path("last_id").isNull()).isTrue();
  }

  @Test
  void rejectsBadPagingParameters() {
    assertThat(TestClient.json(client.get("/v1/models?limit=0").body()).at("/error/message").asText())
        .isEqualTo("limit: Input should be greater than or equal to 1");
    assertThat(TestClient.json(client.get("/v1/models?limit=1001").body()).at("/error/message").asText())
        .isEqualTo("limit: Input should be less than or equal to 1000");
    assertThat(TestClient.json(client.get("/v1/models?limit=many").body()).at("/error/message").asText())
        .startsWith("limit: Input should be a valid integer");
    assertThat(TestClient.json(client.get("/v1/models?after_id=claude-2").body()).at("/error/message").asText())
        .isEqualTo("after_id: no model has the id 'claude-2'; the models are "
            + "[claude-opus-4-8, claude-sonnet-4-6, claude-haiku-4-5]");
  }

  @Test
  void retrievesOneModelOr404() {
    HttpResponse<String> sonnet = client.get("/v1/models/claude-sonnet-4-6");
    HttpResponse<String> missing = client.get("/v1/models/claude-2");

    assertThat(TestClient.json(sonnet.body()).path("id").asText()).isEqualTo("claude-sonnet-4-6");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(TestClient.json(missing.body()).path("error").toString())
        .isEqualTo("{\"type\":\"not_found_error\",\"message\":\"model: claude-2\"}");
  }

  @Test
  void aBuilderAddsModelsThatRequestsMayName() {
    MockModel future = new MockModel("claude-opus-5", "Claude Opus 5", Instant.parse("2027-01-01T00:00:00Z"), 2_000_000, 200_000);
    try (MockClaudeServer extended = MockClaudeServer.builder().model(future).build()) {
      TestClient extendedClient = new TestClient(extended);
      extended.enqueue(Reply.text("hi"));

      JsonNode list = TestClient.json(extendedClient.get("/v1/models").body());
      HttpResponse<String> message = extendedClient.post("/v1/messages",
          ValidationTest.j("{'model':'claude-opus-5','max_tokens':200000,'messages':[{'role':'user','content':'Hi'}]}"));

      assertThat(list.path("first_id").asText()).isEqualTo("claude-opus-5");
      assertThat(message.statusCode()).isEqualTo(200);
    }
  }
}
