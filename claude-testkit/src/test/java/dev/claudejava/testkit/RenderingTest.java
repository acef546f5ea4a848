package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One Reply, rendered as a JSON message and as an event stream that builds the same message. */
class RenderingTest {

  private final MockClaudeServer server = MockClaudeServer.start();
  private final TestClient client = new TestClient(server);

  @AfterEach
  void stop() {
    server.close();
  }

  private static Reply fullReply() {
    return Reply.builder()
        .thinking("let me think", "sig-1")
        .text("Checking.")
        .toolUse("toolu_01", "get_weather", "{\"city\":\"Paris\",\"days\":2.50}")
        .stopReason("tool_use")
        .usage(10, 20)
        .build();
  }

  @Test
  void rendersAJsonMessageInTheApisShape() {
    server.enqueue(fullReply());

    HttpResponse<String> response = client.messages(TestClient.body("claude-opus-4-8", "Weather?"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"model\":\"claude-opus-4-8\",\"id\":\"msg_010000000000000000000001\","
        + "\"type\":\"message\",\"role\":\"assistant\",\"content\":["
        + "{\"type\":\"thinking\",\"thinking\":\"let me think\",\"signature\":\"sig-1\"},"
        + "{\"type\":\"text\",\"text\":\"Checking.\"},"
        + "{\"type\":\"tool_use\",\"id\":\"toolu_01\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\",\"days\":2.50},"
        + "\"caller\":{\"type\":\"direct\"}}],"
        + "\"stop_reason\":\"tool_use\",\"stop_sequence\":null,\"stop_details\":null,"
        + "\"usage\":{\"input_tokens\":10,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,"
        + "\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":0},\"output_tokens\":20,"
        + "\"service_tier\":\"standard\",\"inference_geo\":\"not_available\"}}");
  }

  @Test
  void streamsTheSameReplyInTheApisEventOrder() {
    server.enqueue(fullReply());

    HttpResponse<String> response = client.messages(TestClient.streamed("Weather?"));

    assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream; charset=utf-8");
    assertThat(response.headers().firstValue("request-id")).isPresent();
    List<TestClient.Event> events = TestClient.events(response.body());
    assertThat(events).allSatisfy(event -> assertThat(event.event()).isEqualTo(event.type()));
    assertThat(TestClient.types(events)).containsExactly(
        "message_start",
        "content_block_start", "ping",
        "content_block_delta", "content_block_delta", "content_block_delta", "content_block_delta",
        "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_delta", "content_block_delta",
        "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_delta", "content_block_delta",
        "content_block_delta", "content_block_delta", "content_block_delta", "content_block_delta",
        "content_block_delta", "content_block_stop",
        "message_delta", "message_stop");
    JsonNode start = events.get(0).json().path("message");
    assertThat(start.path("content")).isEmpty();
    assertThat(start.path("stop_reason").isNull()).isTrue();
    assertThat(start.at("/usage/input_tokens").asInt()).isEqualTo(10);
    assertThat(events.get(1).json().path("content_block").toString())
        .isEqualTo("{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}");
    assertThat(events.get(2).data()).isEqualTo("{\"type\": \"ping\"}");
    assertThat(events.get(3).json().path("delta").toString())
        .isEqualTo("{\"type\":\"thinking_delta\",\"thinking\":\"let \"}");
    assertThat(events.get(6).json().path("delta").toString())
        .isEqualTo("{\"type\":\"signature_delta\",\"signature\":\"sig-1\"}");
    assertThat(events.get(13).json().path("content_block").toString())
        .isEqualTo("{\"type\":\"tool_use\",\"id\":\"toolu_01\",\"name\":\"get_weather\",\"caller\":{\"type\":\"direct\"},"
            + "\"input\":{}}");
    assertThat(events.get(14).json().at("/delta/partial_json").asText()).isEmpty();
    JsonNode delta = events.get(events.size() - 2).json();
    assertThat(delta.path("delta").toString())
        .isEqualTo("{\"stop_reason\":\"tool_use\",\"stop_sequence\":null,\"stop_details\":null}");
    assertThat(delta.path("usage").toString()).isEqualTo(
        "{\"input_tokens\":10,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":20}");
  }

  @Test
  void accumulatingTheStreamGivesTheJsonMessage() {
    Reply reply = fullReply().toBuilder()
        .redactedThinking("opaque==")
        .text("Ünïcödé 😀 text spanning pieces")
        .block(TestClient.json("{\"type\":\"server_tool_use\",\"id\":\"srvtoolu_1\",\"name\":\"web_search\",\"input\":{\"q\":\"x\"}}"))
        .build();
    server.enqueue(reply);
    server.enqueue(reply);

    JsonNode json = TestClient.json(client.messages(TestClient.body("Hi")).body());
    JsonNode accumulated = accumulate(TestClient.events(client.messages(TestClient.streamed("Hi")).body()));

    ((ObjectNode) json).remove("id");
    ((ObjectNode) accumulated).remove("id");
    assertThat(accumulated).isEqualTo(json);
  }

  @Test
  void splitsTextIntoPiecesOfTheChunkSizeWithoutBreakingCharacters() {
    server.enqueue(Reply.text("ab😀cdefg").chunkSize(3));
    server.enqueue(Reply.text("one piece").chunkSize(100));

    List<TestClient.Event> small = TestClient.events(client.messages(TestClient.streamed("Hi")).body());
    List<TestClient.Event> large = TestClient.events(client.messages(TestClient.streamed("Hi")).body());

    assertThat(small).filteredOn(e -> e.type().equals("content_block_delta"))
        .extracting(e -> e.json().at("/delta/text").asText())
        .containsExactly("ab😀", "cde", "fg");
    assertThat(large).filteredOn(e -> e.type().equals("content_block_delta")).hasSize(1);
  }

  @Test
  void anEmptyReplyStillPingsAndEnds() {
    server.enqueue(Reply.builder().build());

    List<TestClient.Event> events = TestClient.events(client.messages(TestClient.streamed("Hi")).body());

    assertThat(TestClient.types(events)).containsExactly("message_start", "ping", "message_delta", "message_stop");
  }

  @Test
  void stopReasonsDefaultFromTheContentAndAnyStringIsKept() {
    server.enqueue(Reply.text("done"));
    server.enqueue(Reply.builder().text("x").toolUse("toolu_1", "f", "{}").build());
    server.enqueue(Reply.builder().text("halt").stopSequence("###").build());
    server.enqueue(Reply.builder().text("?").stopReason("model_context_window_exceeded").build());
    server.enqueue(Reply.builder().text("no").stopReason("refusal")
        .stopDetails(TestClient.json("{\"type\":\"refusal\",\"category\":\"cyber\",\"explanation\":null}")).build());

    assertThat(stop(client.messages(TestClient.body("a")))).isEqualTo("end_turn|null");
    assertThat(stop(client.messages(TestClient.body("b")))).isEqualTo("tool_use|null");
    assertThat(stop(client.messages(TestClient.body("c")))).isEqualTo("stop_sequence|###");
    assertThat(stop(client.messages(TestClient.body("d")))).isEqualTo("model_context_window_exceeded|null");
    JsonNode refusal = TestClient.json(client.messages(TestClient.body("e")).body());
    assertThat(refusal.path("stop_details").path("category").asText()).isEqualTo("cyber");
  }

  @Test
  void usageDefaultsToTheEstimateAndScriptsMaySetCacheFigures() {
    server.enqueue(Reply.text("twelve chars"));
    server.enqueue(Reply.builder().text("x").usage(5, 6, 7, 8).build());
    ObjectNode body = TestClient.body("sixteen chars!!!");

    JsonNode estimated = TestClient.json(client.messages(body).body()).path("usage");
    JsonNode scripted = TestClient.json(client.messages(TestClient.streamed("x")).body().lines()
        .filter(line -> line.startsWith("data: {\"type\":\"message_start\""))
        .findFirst().orElseThrow().substring(6)).at("/message/usage");

    assertThat(estimated.path("input_tokens").asInt()).isEqualTo(TokenEstimate.inputTokens(body)).isEqualTo(4);
    assertThat(estimated.path("output_tokens").asInt()).isEqualTo(3);
    assertThat(scripted.path("input_tokens").asInt()).isEqualTo(5);
    assertThat(scripted.path("cache_creation_input_tokens").asInt()).isEqualTo(7);
    assertThat(scripted.path("cache_read_input_tokens").asInt()).isEqualTo(8);
    assertThat(scripted.at("/cache_creation/ephemeral_5m_input_tokens").asInt()).isEqualTo(7);
  }

  @Test
  void theModelIsTheRequestsUnlessTheScriptNamesOne() {
    server.enqueue(Reply.text("a"));
    server.enqueue(Reply.builder().text("b").model("claude-haiku-4-5-20251001").build());

    assertThat(TestClient.json(client.messages(TestClient.body("claude-haiku-4-5", "a")).body()).path("model").asText())
        .isEqualTo("claude-haiku-4-5");
    assertThat(TestClient.json(client.messages(TestClient.body("claude-haiku-4-5", "b")).body()).path("model").asText())
        .isEqualTo("claude-haiku-4-5-20251001");
  }

  @Test
  void rawAndSseRepliesAreSentByteForByte() {
    String sse = "event: message_start\ndata: {\"type\":\"message_start\"}   \n\nevent: ping\ndata: {\"type\": \"ping\"}";
    server.enqueue(Reply.raw(418, Map.of("X-Custom", "yes", "content-type", "text/plain"), "I'm a teapot"));
    server.enqueue(Reply.raw(200, Map.of("request-id", "req_recorded"), "{}"));
    server.enqueue(Reply.sse(sse));

    HttpResponse<String> raw = client.messages(TestClient.body("a"));
    HttpResponse<String> ownId = client.messages(TestClient.body("b"));
    HttpResponse<String> stream = client.messages(TestClient.body("c"));

    assertThat(raw.statusCode()).isEqualTo(418);
    assertThat(raw.body()).isEqualTo("I'm a teapot");
    assertThat(raw.headers().firstValue("x-custom")).hasValue("yes");
    assertThat(raw.headers().firstValue("content-type")).hasValue("text/plain");
    assertThat(raw.headers().firstValue("request-id")).isPresent();
    assertThat(ownId.headers().allValues("request-id")).containsExactly("req_recorded");
    assertThat(stream.body()).isEqualTo(sse);
    assertThat(stream.headers().firstValue("content-type")).hasValue("text/event-stream; charset=utf-8");
  }

  @Test
  void scriptedHeadersAreAddedToMessageReplies() {
    server.enqueue(Reply.text("a").withHeader("anthropic-ratelimit-requests-remaining", "41"));

    HttpResponse<String> response = client.messages(TestClient.body("a"));

    assertThat(response.headers().firstValue("anthropic-ratelimit-requests-remaining")).hasValue("41");
  }

  @Test
  void repliesAreCheckedWhenScripted() {
    assertThatThrownBy(() -> Reply.builder().toolUse("toolu_1", "f", "[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a JSON object").hasMessageContaining("[1]");
    assertThatThrownBy(() -> Reply.builder().toolUse("toolu_1", "f", "{oops"))
        .hasMessageContaining("is not valid JSON");
    assertThatThrownBy(() -> Reply.error(200, "x", "y")).hasMessageContaining("from 400 to 599, not 200");
    assertThatThrownBy(() -> Reply.error(429, "rate_limit_error", "slow").truncateAfterEvents(1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("stream faults apply to message and SSE replies");
    assertThatThrownBy(() -> Reply.error(429, "rate_limit_error", "slow").toBuilder().text("x"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("text(...) shapes a message reply");
    assertThatThrownBy(() -> Reply.text("x").truncateAfterEvents(1).resetAfterEvents(2))
        .hasMessageContaining("one stream fault");
    assertThatThrownBy(() -> Reply.text("x").chunkSize(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Reply.builder().block(TestClient.json("{\"no\":\"type\"}")))
        .hasMessageContaining("string \"type\"");
    assertThatThrownBy(() -> server.enqueue(Endpoint.COUNT_TOKENS, Reply.text("x")))
        .hasMessageContaining("a message reply only answers POST /v1/messages");
  }

  @Test
  void aStreamFaultScriptedForAJsonRequestIsAScriptError() {
    server.enqueue(Reply.text("x").truncateAfterEvents(2));

    HttpResponse<String> response = client.messages(TestClient.body("not streamed"));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(TestClient.json(response.body()).at("/error/message").asText())
        .contains("scripts a stream fault (TRUNCATE after 2 events)").contains("did not ask for a stream");
  }

  @Test
  void toolInputStreamsVerbatimAndTheJsonNodeOverloadWritesCompactJson() {
    server.enqueue(Reply.builder().toolUse("toolu_1", "f", " {\"a\": 1} ").chunkSize(100).build());
    server.enqueue(Reply.builder().toolUse("toolu_2", "f", TestClient.json("{\"b\": [1, 2]}")).chunkSize(100).build());

    List<TestClient.Event> verbatim = TestClient.events(client.messages(TestClient.streamed("a")).body());
    List<TestClient.Event> compact = TestClient.events(client.messages(TestClient.streamed("b")).body());

    assertThat(verbatim).filteredOn(e -> e.type().equals("content_block_delta"))
        .extracting(e -> e.json().at("/delta/partial_json").asText()).containsExactly("", "{\"a\": 1}");
    assertThat(compact).filteredOn(e -> e.type().equals("content_block_delta"))
        .extracting(e -> e.json().at("/delta/partial_json").asText()).containsExactly("", "{\"b\":[1,2]}");
  }

  private static String stop(HttpResponse<String> response) {
    JsonNode json = TestClient.json(response.body());
    return json.path("stop_reason").asText() + "|" + json.path("stop_sequence").asText();
  }

  /** Rebuilds a message from its events, as an SDK's accumulator does. */
  static JsonNode accumulate(List<TestClient.Event> events) {
    ObjectNode message = null;
    StringBuilder[] partialJson = new StringBuilder[64];
    for (TestClient.Event event : events) {
      JsonNode data = event.json();
      switch (data.path("type").asText()) {
        case "message_start":
          message = (ObjectNode) data.path("message").deepCopy();
          break;
        case "content_block_start":
          ((ArrayNode) message.path("content")).add(data.path("content_block").deepCopy());
          break;
        case "content_block_delta": {
          int index = data.path("index").asInt();
          ObjectNode block = (ObjectNode) message.path("content").get(index);
          JsonNode delta = data.path("delta");
          switch (delta.path("type").asText()) {
            case "text_delta":
              block.put("text", block.path("text").asText() + delta.path("text").asText());
              break;
            case "thinking_delta":
              block.put("thinking", block.path("thinking").asText() + delta.path("thinking").asText());
              break;
            case "signature_delta":
              block.put("signature", delta.path("signature").asText());
              break;
            default:
              if (partialJson[index] == null) {
                partialJson[index] = new StringBuilder();
              }
              partialJson[index].append(delta.path("partial_json").asText());
          }
          break;
        }
        case "content_block_stop": {
          int index = data.path("index").asInt();
          if (partialJson[index] != null) {
            ObjectNode block = (ObjectNode) message.path("content").get(index);
            block.set("input", TestClient.json(partialJson[index].toString()));
          }
          break;
        }
        case "message_delta":
          message.setAll((ObjectNode) data.path("delta"));
          ((ObjectNode) message.path("usage")).put("output_tokens", data.at("/usage/output_tokens").asInt());
          break;
        default:
          break;
      }
    }
    return message;
  }
}
