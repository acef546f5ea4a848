package dev.claudejava.agent;

import dev.claudejava.internal.EventIterators;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.stream.MessageStream;
import dev.claudejava.stream.StreamEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An engine call, streamed: the events and text of every round as they arrive, the tools run between
 * rounds, and the final {@link AgentResult}, equal to what the non-streaming call returns.
 *
 * <pre>{@code
 * try (AgentStream stream = engine.stream(request)) {
 *   for (String text : stream.text()) {
 *     System.out.print(text);
 *   }
 *   AgentResult result = stream.result();
 * }
 * }</pre>
 *
 * <p>The loop runs on the consuming thread as it reads: iterating, or {@link #result()}, drives it.
 * One thread consumes; {@link #close()} may come from any thread and cancels the round in flight.
 * A call that fails (a {@link MaxTokensException}, an API error in a later round, a broken stream)
 * throws from the read that found the failure, and again from every later read: nothing more is
 * sent, and the conversation is left as it was.
 */
public final class AgentStream implements AutoCloseable, Iterable<StreamEvent> {

  private final AgentEngine engine;
  private final Exchange exchange;
  private final List<Consumer<String>> textHandlers = new ArrayList<>();
  private final List<Consumer<StreamEvent>> eventHandlers = new ArrayList<>();
  private volatile @Nullable MessageStream current;
  private @Nullable Iterator<StreamEvent> events;
  private long roundStart;
  private boolean done;
  private @Nullable RuntimeException failure;
  private volatile boolean closed;

  AgentStream(AgentEngine engine, Exchange exchange) {
    this.engine = engine;
    this.exchange = exchange;
  }

  /** Calls {@code handler} with each piece of text, of every round, as it is read. */
  public AgentStream onText(Consumer<String> handler) {
    textHandlers.add(Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** Calls {@code handler} with each event, of every round, as it is read. */
  public AgentStream onEvent(Consumer<StreamEvent> handler) {
    eventHandlers.add(Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** The events of every round, in order; tools run when a round's events end. */
  @Override
  public Iterator<StreamEvent> iterator() {
    return EventIterators.events(this::read);
  }

  /** The text of every round as it arrives (an {@code Iterable} for the reasons {@link MessageStream#text()} gives). */
  public Iterable<String> text() {
    return EventIterators.texts(this::read);
  }

  /**
   * Reads the rest of every round and returns the result.
   *
   * @throws IllegalStateException when the stream was closed before the call finished
   * @throws dev.claudejava.client.ClaudeException what {@link AgentEngine#run} throws, when the call fails
   */
  public AgentResult result() {
    while (read() != null) {
      // every event is handed to the callbacks as it is read
    }
    if (!done) {
      throw new IllegalStateException("the stream was closed before the call finished");
    }
    return exchange.result();
  }

  /** Cancels the round in flight; the call ends unfinished and its conversation is left as it was. */
  @Override
  public void close() {
    closed = true;
    MessageStream stream = current;
    if (stream != null) {
      stream.close();
    }
  }

  private @Nullable StreamEvent read() {
    if (failure != null) {
      throw failure;
    }
    try {
      return advance();
    } catch (RuntimeException e) {
      failure = e;
      MessageStream stream = current;
      if (stream != null) {
        stream.close();
      }
      throw e;
    }
  }

  private @Nullable StreamEvent advance() {
    while (!done && !closed) {
      if (events == null) {
        MessageRequest request = exchange.nextRequest();
        roundStart = System.nanoTime();
        MessageStream stream = engine.client().messages().stream(request, engine.requestOptions());
        current = stream;
        events = stream.iterator();
        if (closed) {
          stream.close();
        }
      }
      MessageStream stream = Objects.requireNonNull(current);
      if (events.hasNext()) {
        StreamEvent event = events.next();
        dispatch(event);
        return event;
      }
      if (closed) {
        break;
      }
      Message reply = stream.finalMessage();
      events = null;
      current = null;
      done = !exchange.accept(reply, Duration.ofNanos(System.nanoTime() - roundStart));
    }
    return null;
  }

  private void dispatch(StreamEvent event) {
    for (Consumer<StreamEvent> handler : eventHandlers) {
      handler.accept(event);
    }
    String text = EventIterators.text(event);
    if (text != null) {
      for (Consumer<String> handler : textHandlers) {
        handler.accept(text);
      }
    }
  }
}
