package dev.claudejava.internal;

import dev.claudejava.stream.Delta;
import dev.claudejava.stream.StreamEvent;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Iterators over a source of stream events that returns null at its end: the events, and the text
 * deltas among them. Shared by the single-round {@code MessageStream} and the engine's
 * {@code AgentStream}.
 */
public final class EventIterators {

  private EventIterators() {}

  /** The events {@code next} returns, until it returns null. */
  public static Iterator<StreamEvent> events(Supplier<@Nullable StreamEvent> next) {
    return new Iterator<>() {
      private @Nullable StreamEvent pending;

      @Override
      public boolean hasNext() {
        if (pending == null) {
          pending = next.get();
        }
        return pending != null;
      }

      @Override
      public StreamEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        StreamEvent event = pending;
        pending = null;
        return event;
      }
    };
  }

  /** The text of the text deltas among the events {@code next} returns, until it returns null. */
  public static Iterable<String> texts(Supplier<@Nullable StreamEvent> next) {
    return () -> new Iterator<>() {
      private @Nullable String pending;

      @Override
      public boolean hasNext() {
        while (pending == null) {
          StreamEvent event = next.get();
          if (event == null) {
            return false;
          }
          pending = text(event);
        }
        return true;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String text = pending;
        pending = null;
        return text;
      }
    };
  }

  /** The text of a text delta event, or null for any other event. */
  public static @Nullable String text(StreamEvent event) {
    return event instanceof StreamEvent.ContentBlockDelta delta && delta.delta() instanceof Delta.TextDelta text
        ? text.text()
        : null;
  }
}
