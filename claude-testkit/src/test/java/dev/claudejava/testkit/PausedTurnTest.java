package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A paused turn may be sent back as the final assistant turn, on models that refuse any other prefill. */
class PausedTurnTest {

  private final MockClaudeServer server = MockClaudeServer.start();
  private final TestClient client = new TestClient(server);

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> continueWith(JsonNode assistantContent) {
    ObjectNode body = TestClient.body("claude-opus-4-8", "Search the web");
    ObjectNode assistant = ((ArrayNode) body.get("messages")).addObject();
    assistant.put("role", "assistant");
    assistant.set("content", assistantContent);
    return client.messages(body);
  }

  @Test
  void thePausedContentSentBackContinuesTheTurn() {
    server.enqueue(Reply.builder().text("Searching...").stopReason("pause_turn").build());
    JsonNode paused = TestClient.json(client.messages(TestClient.body("claude-opus-4-8", "Search the web")).body())
        .path("content");
    server.enqueue(Reply.text(" Found it."));

    HttpResponse<String> continued = continueWith(paused);

    assertThat(continued.statusCode()).isEqualTo(200);
  }

  @Test
  void otherContentIsStillAPrefillAndRefused() {
    server.enqueue(Reply.builder().text("Searching...").stopReason("pause_turn").build());
    client.messages(TestClient.body("claude-opus-4-8", "Search the web"));

    HttpResponse<String> prefill = continueWith(TestClient.json("[{\"type\":\"text\",\"text\":\"Sure\"}]"));

    assertThat(prefill.statusCode()).isEqualTo(400);
    assertThat(prefill.body()).contains("does not support assistant message prefill");
  }
}
