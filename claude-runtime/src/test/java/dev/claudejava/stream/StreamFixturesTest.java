package dev.claudejava.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.client.OverloadedException;
import dev.claudejava.conformance.OpenApi;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.Message;
import dev.claudejava.model.StopReason;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ThinkingBlock;
import dev.claudejava.model.ToolUseBlock;
import dev.claudejava.model.UnknownBlock;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every transcript of the official SDKs' test suites, replayed through the parser and the accumulator. */
class StreamFixturesTest {

  static Message replay(byte[] sse) {
    try (MessageStream stream = MessageStream.of(new ByteArrayInputStream(sse), null)) {
      List<StreamEvent> events = new ArrayList<>();
      stream.forEach(events::add);
      assertThat(events).noneMatch(e -> e instanceof StreamEvent.UnknownEvent);
      assertThat(events.get(events.size() - 1)).isInstanceOf(StreamEvent.MessageStop.class);
      return stream.finalMessage();
    }
  }

  static List<String> transcripts() {
    return Fixtures.transcripts();
  }

  @ParameterizedTest
  @MethodSource("transcripts")
  void everyTranscriptGivesAMessageThatConformsToTheApisMessageSchema(String name) {
    Message message = replay(Fixtures.bytes(name));

    assertThat(message.id()).isNotBlank();
    assertThat(message.stopReason()).isNotNull();
    OpenApi.available().ifPresent(api -> assertThat(api.replyProblems("Message", message.toJson())).isEmpty());
    assertThat(Message.fromJson(message.toJson())).isEqualTo(message);
  }

  @Test
  void basicText() {
    Message message = replay(Fixtures.bytes("py-basic-text.sse"));

    assertThat(message.content()).hasSize(1).allMatch(b -> b instanceof TextBlock);
    assertThat(message.text()).isNotBlank();
    assertThat(message.stopReason()).isEqualTo(StopReason.END_TURN);
  }

  @Test
  void toolUseInputIsParsedFromItsPartialJson() {
    Message message = replay(Fixtures.bytes("py-tool-use.sse"));

    assertThat(message.stopReason()).isEqualTo(StopReason.TOOL_USE);
    assertThat(message.toolUses()).hasSize(1);
    ToolUseBlock use = message.toolUses().get(0);
    assertThat(use.input().isObject()).isTrue();
    assertThat(use.input().size()).isPositive();
    assertThat(message.usage().extras().has("service_tier")).isTrue();
  }

  @Test
  void aToolCallCutShortByMaxTokensKeepsWhatArrived() {
    Message message = replay(Fixtures.bytes("py-tool-use-truncated-max-tokens.sse"));

    assertThat(message.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
    JsonNode input = message.toolUses().get(0).input();
    assertThat(input.path("filename").asText()).isEqualTo("taxes.txt");
    assertThat(input.path("lines_of_text").isArray()).isTrue();
    assertThat(input.path("lines_of_text").get(0).asText()).startsWith("# COMPREHENSIVE TAX GUIDE");
  }

  @Test
  void thinkingTextAndSignatureAndRefusalDetails() {
    for (String name : List.of("py-thinking-signature-refusal.sse", "go-thinking-signature-refusal.sse")) {
      Message message = replay(Fixtures.bytes(name));

      ThinkingBlock thinking = (ThinkingBlock) message.content().get(0);
      assertThat(thinking.thinking()).isNotBlank();
      assertThat(thinking.signature()).isNotBlank();
      assertThat(message.stopReason()).isEqualTo(StopReason.REFUSAL);
      assertThat(message.stopDetails()).isNotNull();
      assertThat(message.stopDetails().type()).isEqualTo("refusal");
    }
  }

  @Test
  void theRefusalsCategoryAndExplanationAreKept() {
    Message message = replay(Fixtures.bytes("py-refusal.sse"));

    assertThat(message.stopDetails().category()).isEqualTo("cyber");
    assertThat(message.stopDetails().explanation()).isNotBlank();
  }

  @Test
  void serverToolBlocksSurviveAsUnknownBlocksWithTheirStreamedInput() {
    Message message = replay(Fixtures.bytes("py-server-tool-web-search-refusal.sse"));

    List<UnknownBlock> unknown = message.content().stream()
        .filter(b -> b instanceof UnknownBlock).map(b -> (UnknownBlock) b).toList();
    assertThat(unknown).extracting(UnknownBlock::type).contains("server_tool_use", "web_search_tool_result");
    UnknownBlock serverToolUse = unknown.stream().filter(b -> b.type().equals("server_tool_use")).findFirst().orElseThrow();
    assertThat(serverToolUse.json().path("input").path("query").asText()).isNotBlank();
  }

  @Test
  void theSseBodiesInsideTheRecordingsParseToo() {
    List<byte[]> bodies = new ArrayList<>(Fixtures.recordedJsonBodies("py-recorded-429-429-then-200-stream.json"));
    bodies.addAll(Fixtures.cassetteBodies("go-cassette-stream-tool-use.yaml"));
    assertThat(bodies).hasSize(2);

    Message structured = replay(bodies.get(0));
    assertThat(Wire.parse(structured.text()).toString()).isEqualTo("[12345,67890]");
    Message tool = replay(bodies.get(1));
    assertThat(tool.toolUses()).hasSize(1);
    assertThat(tool.toolUses().get(0).input().path("city").asText()).isNotBlank();
    assertThat(replay(Fixtures.bytes("go-recorded-stream-tool-use.sse"))).isEqualTo(tool);
  }

  @Test
  void anOverloadedErrorEventRaisesTheTypedExceptionWithStatus200() {
    MessageStream stream = MessageStream.of(
        new ByteArrayInputStream(Fixtures.bytes("sse-edge-cases/error-event-overloaded.sse")), "req_1");

    assertThatThrownBy(stream::finalMessage)
        .isInstanceOfSatisfying(OverloadedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.errorType()).isEqualTo("overloaded_error");
          assertThat(e.apiMessage()).isEqualTo("Overloaded");
          assertThat(e.requestId()).isEqualTo("req_1");
        });
  }
}
