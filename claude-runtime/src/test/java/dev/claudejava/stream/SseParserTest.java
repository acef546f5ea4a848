package dev.claudejava.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

  static List<SseEvent> parse(byte[] bytes, int... splits) {
    SseParser parser = new SseParser();
    int from = 0;
    for (int split : splits) {
      parser.feed(bytes, from, split - from);
      from = split;
    }
    parser.feed(bytes, from, bytes.length - from);
    List<SseEvent> events = new ArrayList<>();
    SseEvent event;
    while ((event = parser.poll()) != null) {
      events.add(event);
    }
    return events;
  }

  static List<SseEvent> parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void dataWithoutAnEventHasNoEventName() {
    assertThat(parse(Fixtures.bytes("sse-edge-cases/data-without-event.sse")))
        .containsExactly(new SseEvent(null, "{\"foo\":true}", null));
  }

  @Test
  void anEventWithoutDataIsDispatchedWithEmptyData() {
    assertThat(parse(Fixtures.bytes("sse-edge-cases/event-without-data.sse")))
        .containsExactly(new SseEvent("ping", "", null));
  }

  @Test
  void aCharacterSplitAcrossReadsIsDecodedWhole() {
    byte[] bytes = Fixtures.bytes("sse-edge-cases/multibyte-utf8.sse");
    int firstCyrillic = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u00d0');
    for (int split = firstCyrillic; split < firstCyrillic + 6; split++) {
      assertThat(parse(bytes, split, split + 1))
          .containsExactly(new SseEvent(null, "{\"content\":\"известни\"}", null));
    }
  }

  @Test
  void dataLinesAreJoinedWithLineFeeds() {
    assertThat(parse(Fixtures.bytes("sse-edge-cases/multiple-data-lines.sse")))
        .containsExactly(new SseEvent("ping", "{\n\"foo\":\ntrue}", null));
  }

  @Test
  void emptyDataLinesAreKept() {
    assertThat(parse(Fixtures.bytes("sse-edge-cases/multiple-data-lines-with-empty.sse")))
        .containsExactly(new SseEvent("ping", "{\n\"foo\":\n\n\ntrue}", null));
  }

  @Test
  void lineSeparatorInsideJsonIsNotALineEnd() {
    assertThat(parse(Fixtures.bytes("sse-edge-cases/u2028-inside-json.sse"))).containsExactly(
        new SseEvent(null, "{\"content\":\" culpa\"}", null),
        new SseEvent(null, "{\"content\":\" \u2028\"}", null),
        new SseEvent(null, "{\"content\":\"foo\"}", null));
  }

  @Test
  void crLfAndCrLfAllEndLinesAndACrLfSplitAcrossReadsIsOneLineEnd() {
    List<SseEvent> expected = List.of(new SseEvent("a", "1", null), new SseEvent("b", "2", null));
    assertThat(parse("event: a\ndata: 1\n\nevent: b\ndata: 2\n\n")).isEqualTo(expected);
    assertThat(parse("event: a\rdata: 1\r\revent: b\rdata: 2\r\r")).isEqualTo(expected);
    byte[] crlf = "event: a\r\ndata: 1\r\n\r\nevent: b\r\ndata: 2\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(parse(crlf)).isEqualTo(expected);
    for (int split = 1; split < crlf.length; split++) {
      assertThat(parse(crlf, split)).as("split at %d", split).isEqualTo(expected);
    }
  }

  @Test
  void commentsIdsRetriesAndUnknownFieldsFollowTheStandard() {
    assertThat(parse(": keep-alive\nid: 7\nretry: 100\nfoo: bar\ndata:x\ndata:  y\n\n:only a comment\n\n"))
        .containsExactly(new SseEvent(null, "x\n y", "7"));
  }

  @Test
  void aFieldWithoutAColonHasAnEmptyValue() {
    assertThat(parse("event: e\ndata\n\n")).containsExactly(new SseEvent("e", "", null));
  }

  @Test
  void aLastEventWithoutItsBlankLineIsDispatchedWhenTheBodyEnds() {
    SseParser parser = new SseParser();
    byte[] bytes = "data: {}\n\ndata: last".getBytes(StandardCharsets.UTF_8);
    parser.feed(bytes, 0, bytes.length);

    assertThat(parser.poll()).isEqualTo(new SseEvent(null, "{}", null));
    assertThat(parser.poll()).isNull();
    parser.finish();
    assertThat(parser.poll()).isEqualTo(new SseEvent(null, "last", null));
    parser.finish();
    assertThat(parser.poll()).isNull();
  }

  @Test
  void aMultiMegabyteLineIsParsedWhole() {
    String big = "x".repeat(5 * 1024 * 1024);
    byte[] bytes = ("data: " + big + "\n\n").getBytes(StandardCharsets.UTF_8);
    int[] splits = new int[bytes.length / 4096];
    for (int i = 0; i < splits.length; i++) {
      splits[i] = (i + 1) * 4096;
    }

    assertThat(parse(bytes, splits)).containsExactly(new SseEvent(null, big, null));
  }
}
