package dev.claudejava.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claudejava.client.OverloadedException;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.Message;
import dev.claudejava.model.StopReason;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ThinkingBlock;
import dev.claudejava.model.ToolUseBlock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MessageStreamTest {

  private static Transcript full() {
    return Transcript.start()
        .thinking(0, "sig-1", "Let me ", "think.")
        .ping()
        .text(1, "Checking ", "the weather.")
        .toolUse(2, "toolu_1", "get_weather", "", "{\"city\": ", "\"Paris\", \"days\": 1.50}")
        .end("tool_use", 42);
  }

  @Test
  void eventsArriveTypedAndInOrder() {
    List<String> types = new ArrayList<>();
    try (MessageStream stream = full().stream()) {
      for (StreamEvent event : stream) {
        types.add(event.type());
      }
    }

    assertThat(types).startsWith("message_start", "content_block_start", "content_block_delta")
        .contains("ping", "message_delta")
        .endsWith("message_stop");
  }

  @Test
  void theFinalMessageHoldsEveryBlockAndTheMergedUsage() {
    Message message;
    try (MessageStream stream = full().stream()) {
      message = stream.finalMessage();
    }

    assertThat(message.content()).containsExactly(
        new ThinkingBlock("Let me think.", "sig-1"),
        TextBlock.of("Checking the weather."),
        new ToolUseBlock("toolu_1", "get_weather", Wire.parse("{\"city\": \"Paris\", \"days\": 1.50}"), null));
    assertThat(message.stopReason()).isEqualTo(StopReason.TOOL_USE);
    assertThat(message.usage().inputTokens()).isEqualTo(10);
    assertThat(message.usage().cacheCreationInputTokens()).isEqualTo(2);
    assertThat(message.usage().cacheReadInputTokens()).isEqualTo(3);
    assertThat(message.usage().outputTokens()).isEqualTo(42);
    assertThat(message.usage().extras().path("service_tier").asText()).isEqualTo("standard");
    assertThat(message.toolUses().get(0).input().toString()).contains("1.50");
  }

  @Test
  void cumulativeInputAndCacheFiguresInMessageDeltaWin() {
    Message message = Transcript.start().text(0, "hi")
        .event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
            + "\"usage\":{\"input_tokens\":99,\"cache_read_input_tokens\":7,\"output_tokens\":5,\"iterations\":[]}}")
        .event("message_stop", "{\"type\":\"message_stop\"}")
        .stream().finalMessage();

    assertThat(message.usage().inputTokens()).isEqualTo(99);
    assertThat(message.usage().cacheReadInputTokens()).isEqualTo(7);
    assertThat(message.usage().cacheCreationInputTokens()).isEqualTo(2);
    assertThat(message.usage().extras().has("iterations")).isTrue();
  }

  @Test
  void textAloneAsItArrives() {
    List<String> pieces = new ArrayList<>();
    try (MessageStream stream = Transcript.start().text(0, "Hel", "lo").text(1, "!").end("end_turn", 3).stream()) {
      stream.text().forEach(pieces::add);
      assertThat(stream.finalMessage().text()).isEqualTo("Hello!");
    }

    assertThat(pieces).containsExactly("Hel", "lo", "!");
  }

  @Test
  void callbacksSeeTextThinkingToolCallsAndEvents() {
    List<String> text = new ArrayList<>();
    List<String> thinking = new ArrayList<>();
    List<ToolUseBlock> tools = new ArrayList<>();
    List<StreamEvent> events = new ArrayList<>();

    Message message = full().stream()
        .onText(text::add).onThinking(thinking::add).onToolUse(tools::add).onEvent(events::add)
        .finalMessage();

    assertThat(text).containsExactly("Checking ", "the weather.");
    assertThat(thinking).containsExactly("Let me ", "think.");
    assertThat(tools).containsExactly(message.toolUses().get(0));
    assertThat(events).hasSize(full().text().split("\n\n").length);
  }

  @Test
  void finalMessageAfterPartialIterationReadsTheRest() {
    try (MessageStream stream = full().stream()) {
      stream.iterator().next();
      assertThat(stream.finalMessage().content()).hasSize(3);
      assertThat(stream.iterator().hasNext()).isFalse();
    }
  }

  @Test
  void unknownEventsAndDeltasPassThrough() {
    Transcript transcript = Transcript.start()
        .event("content_block_start",
            "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
        .event("content_block_delta",
            "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"sparkle_delta\",\"x\":1}}")
        .event("content_block_delta",
            "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"citations_delta\",\"citation\":"
                + "{\"type\":\"char_location\",\"cited_text\":\"a\"}}}")
        .stop(0)
        .event("weather_report", "{\"type\":\"weather_report\",\"sunny\":true}")
        .end("end_turn", 1);
    List<StreamEvent> events = new ArrayList<>();

    Message message;
    try (MessageStream stream = transcript.stream()) {
      stream.forEach(events::add);
      message = stream.finalMessage();
    }

    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(StreamEvent.UnknownEvent.class,
        u -> assertThat(u.type()).isEqualTo("weather_report")));
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(StreamEvent.ContentBlockDelta.class,
        d -> assertThat(d.delta()).isInstanceOf(Delta.UnknownDelta.class)));
    assertThat(((TextBlock) message.content().get(0)).citations()).hasSize(1);
  }

  @Test
  void anErrorEventRaisesTheApiExceptionAndKeepsWhatArrived() {
    Transcript transcript = Transcript.start().text(0, "Half an ans")
        .event("error", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
    List<String> text = new ArrayList<>();

    try (MessageStream stream = transcript.stream()) {
      assertThatThrownBy(() -> stream.text().forEach(text::add))
          .isInstanceOf(OverloadedException.class)
          .hasMessage("200 overloaded_error: Overloaded (request-id req_test)");
      assertThat(text).containsExactly("Half an ans");
      assertThat(stream.partialMessage().text()).isEqualTo("Half an ans");
      assertThatThrownBy(stream::finalMessage).isInstanceOf(OverloadedException.class);
    }
  }

  @Test
  void aBodyThatEndsBeforeMessageStopIsAnErrorNeverAShortAnswer() {
    byte[] truncated = Transcript.start().text(0, "Half").text().getBytes();

    try (MessageStream stream = MessageStream.of(new ByteArrayInputStream(truncated), "req_9")) {
      assertThatThrownBy(stream::finalMessage)
          .isInstanceOfSatisfying(StreamException.class, e -> {
            assertThat(e.getMessage()).startsWith("the stream ended before message_stop, after 4 events")
                .contains("request-id req_9");
            assertThat(e.partialMessage().text()).isEqualTo("Half");
          });
    }
  }

  @Test
  void aConnectionFailureMidStreamIsAStreamExceptionWithItsCause() {
    byte[] head = Transcript.start().text(0, "Half").text().getBytes();

    MessageStream stream = MessageStream.of(Transcript.failingAfter(head), null);

    assertThatThrownBy(stream::finalMessage)
        .isInstanceOfSatisfying(StreamException.class, e -> {
          assertThat(e.getMessage()).contains("the connection failed while streaming, after 4 events");
          assertThat(e.getCause()).isInstanceOf(IOException.class);
          assertThat(e.partialMessage().text()).isEqualTo("Half");
        });
  }

  @Test
  void anEventThatIsNotJsonIsAStreamException() {
    byte[] bad = (Transcript.start().text() + "event: ping\ndata: {oops\n\n").getBytes();

    assertThatThrownBy(() -> MessageStream.of(new ByteArrayInputStream(bad), null).finalMessage())
        .isInstanceOf(StreamException.class)
        .hasMessageContaining("event 2 of the stream is not valid");
  }

  @Test
  void closeMidWayClosesTheBodyAndEndsTheIteration() {
    AtomicBoolean bodyClosed = new AtomicBoolean();
    InputStream body = new ByteArrayInputStream(full().bytes()) {
      @Override
      public void close() {
        bodyClosed.set(true);
      }
    };
    MessageStream stream = MessageStream.of(body, null);
    var events = stream.iterator();
    events.next();

    stream.close();
    stream.close();

    assertThat(bodyClosed).isTrue();
    assertThat(events.hasNext()).isFalse();
    assertThatThrownBy(stream::finalMessage).isInstanceOf(StreamException.class).hasMessageContaining("closed");
  }

  @Test
  void aMultiMegabyteDeltaArrivesWhole() {
    String big = "y".repeat(4 * 1024 * 1024);

    Message message = MessageStream.of(
        Transcript.chunked(Transcript.start().text(0, big).end("end_turn", 1).bytes(), 1000, 7, 65536), null)
        .finalMessage();

    assertThat(message.text()).hasSize(big.length());
  }

  @Test
  void aToolCallWithNoInputDeltasHasAnEmptyObject() {
    Message message = Transcript.start().toolUse(0, "toolu_2", "now").end("tool_use", 1).stream().finalMessage();

    assertThat(message.toolUses().get(0).input().toString()).isEqualTo("{}");
  }

  @Test
  void partialJsonIsCompletedWhenCutShort() {
    assertThat(PartialJson.parse("{\"a\": \"x").toString()).isEqualTo("{\"a\":\"x\"}");
    assertThat(PartialJson.parse("{\"a\": [1, 2,").toString()).isEqualTo("{\"a\":[1,2]}");
    assertThat(PartialJson.parse("{\"a\": 1, \"b\":").toString()).isEqualTo("{\"a\":1}");
    assertThat(PartialJson.parse("{\"a\": \"x\\").toString()).isEqualTo("{\"a\":\"x\"}");
    assertThat(PartialJson.parse("{\"a\": {\"b\": [\"c\"").toString()).isEqualTo("{\"a\":{\"b\":[\"c\"]}}");
    assertThat(PartialJson.parse("not json at all").asText()).isEqualTo("not json at all");
  }
}
