package dev.claudejava.stream;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Queue;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes, fed in reads of any size, into {@link SseEvent}s, as the HTML standard's event-stream
 * interpretation defines it: lines end at CRLF, LF or CR (a CR at the end of one read and an LF at
 * the start of the next are one line end); {@code event}, {@code data}, {@code id} and {@code retry}
 * fields, one optional space after the colon; comment lines start with a colon; several data lines
 * are joined with LF; a blank line dispatches. Lines are decoded as UTF-8 only once complete, so a
 * character split across reads is decoded whole, and U+2028 inside JSON is not a line end (only the
 * bytes CR and LF are).
 *
 * <p>Like the official SDKs, an event that set any field is dispatched, even without data (an
 * {@code event: ping} alone gives a ping with empty data), and {@link #finish()} dispatches a last
 * event that lacks its blank line.
 *
 * <p>Not thread-safe; one parser per stream.
 */
final class SseParser {

  private byte[] line = new byte[256];
  private int lineLength;
  private boolean afterCarriageReturn;

  private @Nullable String event;
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private boolean anyField;
  private @Nullable String lastId;

  private final Queue<SseEvent> ready = new ArrayDeque<>();

  /** Parses {@code length} bytes of {@code bytes} from {@code offset}; complete events become {@link #poll()}-able. */
  void feed(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int start = offset;
    for (int i = offset; i < end; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        if (afterCarriageReturn) {
          afterCarriageReturn = false;
          start = i + 1;
          continue;
        }
        append(bytes, start, i - start);
        endLine();
        start = i + 1;
      } else if (b == '\r') {
        append(bytes, start, i - start);
        endLine();
        afterCarriageReturn = true;
        start = i + 1;
      } else {
        afterCarriageReturn = false;
      }
    }
    append(bytes, start, end - start);
  }

  /**
   * The body has ended: a last line without its line end, and a last event without its blank line,
   * are taken as complete (servers may omit the final blank line; the official SDKs accept that).
   */
  void finish() {
    if (lineLength > 0) {
      endLine();
    }
    dispatch();
    afterCarriageReturn = false;
  }

  /** The next complete event, or null. */
  @Nullable SseEvent poll() {
    return ready.poll();
  }

  private void append(byte[] bytes, int offset, int length) {
    if (length == 0) {
      return;
    }
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(bytes, offset, line, lineLength, length);
    lineLength += length;
  }

  private void endLine() {
    int length = lineLength;
    lineLength = 0;
    if (length == 0) {
      dispatch();
      return;
    }
    if (line[0] == ':') {
      return;
    }
    int colon = indexOf(line, length, (byte) ':');
    String field = new String(line, 0, colon < 0 ? length : colon, StandardCharsets.UTF_8);
    int valueStart = colon < 0 ? length : colon + 1;
    if (valueStart < length && line[valueStart] == ' ') {
      valueStart++;
    }
    switch (field) {
      case "data":
        if (hasData) {
          data.append('\n');
        }
        data.append(new String(line, valueStart, length - valueStart, StandardCharsets.UTF_8));
        hasData = true;
        anyField = true;
        break;
      case "event":
        event = new String(line, valueStart, length - valueStart, StandardCharsets.UTF_8);
        anyField = true;
        break;
      case "id": {
        String id = new String(line, valueStart, length - valueStart, StandardCharsets.UTF_8);
        if (id.indexOf('\0') < 0) {
          lastId = id;
        }
        anyField = true;
        break;
      }
      case "retry":
        anyField = true;
        break;
      default:
        // the standard ignores unknown fields
    }
  }

  private void dispatch() {
    if (anyField) {
      ready.add(new SseEvent(event, data.toString(), lastId));
    }
    event = null;
    data.setLength(0);
    hasData = false;
    anyField = false;
  }

  private static int indexOf(byte[] bytes, int length, byte target) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == target) {
        return i;
      }
    }
    return -1;
  }
}
