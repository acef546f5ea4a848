package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Thinking blocks of a tool_use reply must come back unchanged, as the API demands. */
class ThinkingRoundTripTest {

  private final MockClaudeServer server = MockClaudeServer.start();
  private final TestClient client = new TestClient(server);

  @AfterEach
  void stop() {
    server.close();
  }

  /** The first turn, answered with thinking, redacted thinking and a tool call; returns the assistant content. */
  private JsonNode firstRound(boolean streamed) {
    server.enqueue(Reply.builder()
        .thinking("I should call the tool.", "sig-abc")
        .redactedThinking("ENCRYPTED==")
        .toolUse("toolu_w1", "get_weather", "{\"city\":\"Paris\"}")
        .build());
    ObjectNode body = TestClient.body("claude-opus-4-8", "Weather in Paris?");
    body.putObject("thinking").put("type", "adaptive");
    if (streamed) {
      body.put("stream", true);
      return RenderingTest.accumulate(TestClient.events(client.messages(body).body())).path("content");
    }
    return TestClient.json(client.messages(body).body()).path("content");
  }

  /** The second request: the conversation with {@code assistantContent} and the tool's result. */
  private HttpResponse<String> secondRound(JsonNode assistantContent) {
    server.enqueue(Reply.text("Sunny."));
    ObjectNode body = TestClient.body("claude-opus-4-8", "Weather in Paris?");
    body.putObject("thinking").put("type", "adaptive");
    ArrayNode messages = (ArrayNode) body.get("messages");
    ObjectNode assistant = messages.addObject();
    assistant.put("role", "assistant");
    assistant.set("content", assistantContent);
    ObjectNode user = messages.addObject();
    user.put("role", "user");
    ObjectNode result = user.putArray("content").addObject();
    result.put("type", "tool_result");
    result.put("tool_use_id", "toolu_w1");
    result.put("content", "24 °C");
    return client.messages(body);
  }

  @Test
  void theAssistantTurnSentBackVerbatimIsAccepted() {
    HttpResponse<String> response = secondRound(firstRound(false));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void theAccumulatedStreamSentBackIsAcceptedToo() {
    HttpResponse<String> response = secondRound(firstRound(true));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void droppingTheThinkingBlocksIsRejected() {
    ArrayNode content = (ArrayNode) firstRound(false).deepCopy();
    content.remove(0);
    content.remove(0);

    HttpResponse<String> response = secondRound(content);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestClient.json(response.body()).at("/error/message").asText()).isEqualTo(
        "messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`. When `thinking`"
            + " is enabled, a final `assistant` message must start with a thinking block (preceeding the lastmost set of"
            + " `tool_use` and `tool_result` blocks). We recommend you include thinking blocks from previous turns. To"
            + " avoid this requirement, disable `thinking`. Please consult our documentation at"
            + " https://docs.claude.com/en/docs/build-with-claude/extended-thinking");
  }

  @Test
  void aChangedSignatureIsRejected() {
    ArrayNode content = (ArrayNode) firstRound(false).deepCopy();
    ((ObjectNode) content.get(0)).put("signature", "sig-abd");

    HttpResponse<String> response = secondRound(content);

    assertThat(TestClient.json(response.body()).at("/error/message").asText())
        .isEqualTo("messages.1.content.0: Invalid `signature` in `thinking` block");
  }

  @Test
  void aChangedThinkingTextIsRejected() {
    ArrayNode content = (ArrayNode) firstRound(false).deepCopy();
    ((ObjectNode) content.get(0)).put("thinking", "I should call the tool. ");

    HttpResponse<String> response = secondRound(content);

    assertThat(TestClient.json(response.body()).at("/error/message").asText())
        .isEqualTo("messages.1.content.0: `thinking` or `redacted_thinking` blocks in the latest assistant message"
            + " cannot be modified. These blocks must remain as they were in the original response.");
  }

  @Test
  void aChangedRedactedBlockIsRejected() {
    ArrayNode content = (ArrayNode) firstRound(false).deepCopy();
    ((ObjectNode) content.get(1)).put("data", "OTHER==");

    HttpResponse<String> response = secondRound(content);

    assertThat(TestClient.json(response.body()).at("/error/message").asText())
        .isEqualTo("messages.1.content.1: `thinking` or `redacted_thinking` blocks in the latest assistant message"
            + " cannot be modified. These blocks must remain as they were in the original response.");
  }

  @Test
  void resetForgetsRememberedThinking() {
    ArrayNode content = (ArrayNode) firstRound(false).deepCopy();
    content.remove(0);
    content.remove(0);
    server.reset();

    HttpResponse<String> response = secondRound(content);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
