package dev.claudejava.stream;

import dev.claudejava.client.ClaudeException;
import dev.claudejava.internal.EventIterators;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Message;
import dev.claudejava.model.ToolUseBlock;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A streamed reply: events as they arrive, and the final message once they have.
 *
 * <pre>{@code
 * try (MessageStream stream = client.messages().stream(request)) {
 *   for (String text : stream.text()) {
 *     System.out.print(text);                 // as the model writes it
 *   }
 *   Message reply = stream.finalMessage();    // equal to what create() would have returned
 * }
 * }</pre>
 *
 * <p>Three ways to consume it, which mix: iterate the typed {@link StreamEvent}s (this is an
 * {@code Iterable}); iterate {@link #text()}; or register callbacks ({@link #onText}, {@link #onEvent},
 * {@link #onThinking}, {@link #onToolUse}) and call {@link #finalMessage()}, which reads the rest of
 * the stream. Callbacks run on the consuming thread, as each event is read.
 *
 * <p>A stream never ends silently short: an {@code error} event raises the typed
 * {@link dev.claudejava.client.ApiException}, a body that ends before {@code message_stop} or a broken
 * connection raises {@link StreamException}; either way {@link #partialMessage()} keeps what arrived.
 *
 * <p>One thread consumes a stream; {@link #close()}, which cancels the HTTP exchange, may be called
 * from any thread, and ends the iteration.
 */
public final class MessageStream implements AutoCloseable, Iterable<StreamEvent> {

  private static final int READ_SIZE = 16 * 1024;

  private final InputStream body;
  private final @Nullable String requestId;
  private final SseParser parser = new SseParser();
  private final MessageAccumulator accumulator = new MessageAccumulator();
  private final byte[] buffer = new byte[READ_SIZE];
  private final AtomicBoolean closed = new AtomicBoolean();
  private final List<Consumer<StreamEvent>> eventHandlers = new ArrayList<>();
  private final List<Consumer<String>> textHandlers = new ArrayList<>();
  private final List<Consumer<String>> thinkingHandlers = new ArrayList<>();
  private final List<Consumer<ToolUseBlock>> toolUseHandlers = new ArrayList<>();
  private @Nullable RuntimeException failure;
  private boolean finished;
  private boolean bodyEnded;
  private int events;

  private MessageStream(InputStream body, @Nullable String requestId) {
    this.body = Objects.requireNonNull(body, "body");
    this.requestId = requestId;
  }

  /**
   * A stream over an SSE body: the client passes the HTTP response's body (closing the stream closes
   * it, which cancels the exchange); a recorded transcript can be replayed the same way.
   *
   * @param sseBody the event stream's bytes
   * @param requestId the API's {@code request-id} for the exchange, for error messages; null if unknown
   */
  public static MessageStream of(InputStream sseBody, @Nullable String requestId) {
    return new MessageStream(sseBody, requestId);
  }

  /** The API's {@code request-id} for this exchange, or null. */
  public @Nullable String requestId() {
    return requestId;
  }

  /** Calls {@code handler} with each event as it is read. */
  public MessageStream onEvent(Consumer<StreamEvent> handler) {
    eventHandlers.add(Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** Calls {@code handler} with each piece of text as it is read. */
  public MessageStream onText(Consumer<String> handler) {
    textHandlers.add(Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** Calls {@code handler} with each piece of thinking text as it is read. */
  public MessageStream onThinking(Consumer<String> handler) {
    thinkingHandlers.add(Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** Calls {@code handler} with each tool call once its block is complete, its input parsed. */
  public MessageStream onToolUse(Consumer<ToolUseBlock> handler) {
    toolUseHandlers.add(Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /**
   * The events, read as the iteration asks for them. The stream is read once: a second iterator
   * continues where the first stopped.
   *
   * @throws dev.claudejava.client.ApiException (from {@code next}/{@code hasNext}) for an error event
   * @throws StreamException (likewise) when the stream breaks before {@code message_stop}
   */
  @Override
  public Iterator<StreamEvent> iterator() {
    return EventIterators.events(this::read);
  }


  /**
   * The text as it arrives, piece by piece, from every text block. An {@code Iterable} rather than a
   * {@code java.util.stream.Stream}: a for-each loop reads naturally, a failure mid-way propagates
   * as the typed exception from the loop, and nothing invites reordering, buffering or parallel
   * operations that make no sense for a live network read.
   */
  public Iterable<String> text() {
    return EventIterators.texts(this::read);
  }


  /**
   * Reads the rest of the stream and returns the whole message, equal to what the non-streaming call
   * returns for the same reply.
   *
   * @throws dev.claudejava.client.ApiException for an error event
   * @throws StreamException when the stream broke, or was closed, before {@code message_stop}
   */
  public Message finalMessage() {
    while (read() != null) {
      // each event is accumulated (and handed to the callbacks) as it is read
    }
    if (!accumulator.isComplete()) {
      throw new StreamException(
          "the stream was closed after " + events + " events, before message_stop; the reply is incomplete",
          partialMessage(), null);
    }
    return accumulator.message();
  }

  /** The message as far as it has arrived, or null before {@code message_start}. */
  public @Nullable Message partialMessage() {
    return accumulator.hasStarted() ? accumulator.snapshot() : null;
  }

  /** How many events have been read. */
  public int eventCount() {
    return events;
  }

  /** Closes the body, which cancels the HTTP exchange if it is still running. Idempotent; any thread. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        body.close();
      } catch (IOException e) {
        // the exchange is being abandoned; a failure to close it changes nothing for the caller
      }
    }
  }

  /** The next event, or null when the stream has ended (message_stop, or closed); throws a failure once seen, again. */
  private @Nullable StreamEvent read() {
    if (failure != null) {
      throw failure;
    }
    if (finished || closed.get()) {
      finished = true;
      return null;
    }
    try {
      SseEvent sse;
      while ((sse = parser.poll()) == null) {
        int n = closed.get() ? -1 : body.read(buffer);
        if (n < 0) {
          if (closed.get()) {
            finished = true;
            return null;
          }
          if (!bodyEnded) {
            bodyEnded = true;
            parser.finish();
            continue;
          }
          throw fail(new StreamException(
              "the stream ended before message_stop, after " + events + " events; the reply is incomplete"
                  + (requestId == null ? "" : " (request-id " + requestId + ")"),
              partialMessage(), null));
        }
        parser.feed(buffer, 0, n);
      }
      StreamEvent event = StreamEvents.read(sse, requestId);
      events++;
      accumulator.accept(event);
      dispatch(event);
      if (event instanceof StreamEvent.MessageStop) {
        finished = true;
        drainAndClose();
      }
      return event;
    } catch (IOException e) {
      if (closed.get()) {
        finished = true;
        return null;
      }
      throw fail(new StreamException(
          "the connection failed while streaming, after " + events + " events; the reply is incomplete: " + e,
          partialMessage(), e));
    } catch (ClaudeException e) {
      throw fail(e);
    } catch (IllegalArgumentException e) {
      throw fail(new StreamException(
          "event " + (events + 1) + " of the stream is not valid: " + e.getMessage(), partialMessage(), e));
    }
  }

  private RuntimeException fail(RuntimeException e) {
    failure = e;
    close();
    return e;
  }

  private void dispatch(StreamEvent event) {
    for (Consumer<StreamEvent> handler : eventHandlers) {
      handler.accept(event);
    }
    if (event instanceof StreamEvent.ContentBlockDelta delta) {
      if (delta.delta() instanceof Delta.TextDelta text) {
        for (Consumer<String> handler : textHandlers) {
          handler.accept(text.text());
        }
      } else if (delta.delta() instanceof Delta.ThinkingDelta thinking) {
        for (Consumer<String> handler : thinkingHandlers) {
          handler.accept(thinking.thinking());
        }
      }
    } else if (event instanceof StreamEvent.ContentBlockStop stop && !toolUseHandlers.isEmpty()) {
      ContentBlock block = accumulator.block(stop.index());
      if (block instanceof ToolUseBlock use) {
        for (Consumer<ToolUseBlock> handler : toolUseHandlers) {
          handler.accept(use);
        }
      }
    }
  }

  /** Reads what follows message_stop (the body's end) so the connection can be reused, then closes. */
  private void drainAndClose() throws IOException {
    if (!closed.get()) {
      while (body.read(buffer) >= 0) {
        // nothing of meaning follows message_stop
      }
    }
    close();
  }
}
