package dev.claudejava.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claudejava.model.Message;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** However the network splits the bytes into reads, the parse is the same. */
class SplitReadsPropertyTest {

  /** Multi-byte text, a CRLF transcript (so CR and LF can land in different reads), tool input and thinking. */
  private static final byte[] TRANSCRIPT = Transcript.start()
      .thinking(0, "c2ln", "Réfléchir ", "— 思考 ", "🤔")
      .text(1, "Привет, ", "世界 ", "\u2028 and more")
      .toolUse(2, "toolu_1", "get_weather", "", "{\"city\": \"Zürich", "\", \"note\": \"€\"}")
      .end("tool_use", 9)
      .text()
      .replace("\n", "\r\n")
      .getBytes(StandardCharsets.UTF_8);

  private static final List<StreamEvent> EXPECTED_EVENTS = events(new ByteArrayInputStream(TRANSCRIPT));
  private static final Message EXPECTED_MESSAGE =
      MessageStream.of(new ByteArrayInputStream(TRANSCRIPT), null).finalMessage();

  private static List<StreamEvent> events(java.io.InputStream in) {
    List<StreamEvent> events = new ArrayList<>();
    MessageStream.of(in, null).forEach(events::add);
    return events;
  }

  @Provide
  Arbitrary<List<Integer>> readSizes() {
    return Arbitraries.integers().between(1, 64).list().ofMinSize(1).ofMaxSize(50);
  }

  @Property(tries = 300)
  void anySplitGivesTheSameEventsAndMessage(@ForAll("readSizes") List<Integer> sizes) {
    int[] reads = sizes.stream().mapToInt(Integer::intValue).toArray();

    assertThat(events(Transcript.chunked(TRANSCRIPT, reads))).isEqualTo(EXPECTED_EVENTS);
    assertThat(MessageStream.of(Transcript.chunked(TRANSCRIPT, reads), null).finalMessage()).isEqualTo(EXPECTED_MESSAGE);
  }

  @Property(tries = 100)
  void byteAtATimeAroundEveryPointGivesTheSameMessage(@ForAll @IntRange(min = 0, max = 2000) int start,
      @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 3) Integer> tail) {
    int[] reads = new int[tail.size() + 1];
    reads[0] = Math.max(1, start);
    for (int i = 0; i < tail.size(); i++) {
      reads[i + 1] = tail.get(i);
    }

    assertThat(MessageStream.of(Transcript.chunked(TRANSCRIPT, reads), null).finalMessage()).isEqualTo(EXPECTED_MESSAGE);
  }

  @Property(tries = 50)
  void lineEndStylesDoNotMatter(@ForAll("lineEnd") String lineEnd) {
    byte[] restyled = new String(TRANSCRIPT, StandardCharsets.UTF_8).replace("\r\n", lineEnd).getBytes(StandardCharsets.UTF_8);

    assertThat(events(new ByteArrayInputStream(restyled))).isEqualTo(EXPECTED_EVENTS);
  }

  @Provide
  Arbitrary<String> lineEnd() {
    return Arbitraries.of("\n", "\r", "\r\n");
  }
}
