package dev.claudejava.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claudejava.client.ClaudeClient;
import dev.claudejava.client.OverloadedException;
import dev.claudejava.client.RateLimitException;
import dev.claudejava.conformance.RequestConformance;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.testkit.Fault;
import dev.claudejava.testkit.MockClaudeExtension;
import dev.claudejava.testkit.MockClaudeServer;
import dev.claudejava.testkit.Reply;
import java.time.Duration;
import java.util.Iterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streams through the client against the mock API over real HTTP. */
class StreamingOverHttpTest {

  @RegisterExtension static final MockClaudeExtension claude = new MockClaudeExtension();
  @RegisterExtension static final RequestConformance conformance = new RequestConformance(claude);

  private MockClaudeServer server;
  private ClaudeClient client;

  @BeforeEach
  void client(MockClaudeServer server) {
    this.server = server;
    this.client = ClaudeClient.builder()
        .apiKey(server.apiKey())
        .baseUrl(server.baseUrl())
        .retryDelays(Duration.ofMillis(5), Duration.ofMillis(20))
        .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static MessageRequest request() {
    return MessageRequest.builder().model("claude-sonnet-4-6").maxTokens(1024).addUserMessage("Weather?").build();
  }

  private static Reply.Builder everyKind() {
    return Reply.builder()
        .thinking("The user wants weather.", "c2lnbmF0dXJl")
        .redactedThinking("ZW5jcnlwdGVk")
        .text("Let me check the weather in Paris.")
        .toolUse("toolu_01", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\",\"days\":[1,2,3]}")
        .usage(120, 45, 10, 20);
  }

  @Test
  void theStreamedMessageEqualsTheNonStreamedOneForTheSameReply() {
    server.enqueue(everyKind().id("msg_same").build());
    server.enqueue(everyKind().id("msg_same").build());

    Message created = client.messages().create(request());
    Message streamed;
    try (MessageStream stream = client.messages().stream(request())) {
      streamed = stream.finalMessage();
    }

    assertThat(server.takeRequest().streamed()).isFalse();
    assertThat(server.takeRequest().streamed()).isTrue();
    assertThat(streamed).isEqualTo(created);
  }

  @Test
  void textReachesTheCallerBeforeTheServerHasSentTheLastDelta() {
    server.enqueue(Reply.builder().text("one two three four five six").build()
        .chunkSize(4).eventDelay(Duration.ofMillis(200)));

    try (MessageStream stream = client.messages().stream(request())) {
      Iterator<String> text = stream.text().iterator();
      String first = text.next();

      assertThat(first).isEqualTo("one ");
      // the reply has 7 deltas 200 ms apart; the caller holds the first while the server is still sending
      assertThat(stream.eventCount()).isLessThan(7);
      assertThat(stream.finalMessage().text()).isEqualTo("one two three four five six");
    }
  }

  @Test
  void closingMidWayCancelsTheExchangeAndTheServerSeesIt() {
    server.enqueue(Reply.builder().text("a".repeat(400)).build().chunkSize(4).eventDelay(Duration.ofMillis(50)));

    MessageStream stream = client.messages().stream(request());
    stream.text().iterator().next();
    stream.close();

    assertThat(server.awaitDisconnects(1, Duration.ofSeconds(10))).isTrue();
    assertThat(stream.iterator().hasNext()).isFalse();
  }

  @Test
  void anErrorEventMidStreamRaisesTheTypedExceptionAndKeepsWhatArrived() {
    server.enqueue(Reply.builder().text("Partial answer here").build().chunkSize(4)
        .errorEventAfter(5, "overloaded_error", "Overloaded"));

    try (MessageStream stream = client.messages().stream(request())) {
      assertThatThrownBy(stream::finalMessage)
          .isInstanceOfSatisfying(OverloadedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.requestId()).startsWith("req_");
          });
      assertThat(stream.partialMessage().text()).isNotEmpty().isSubstringOf("Partial answer here");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aTruncatedStreamIsAnErrorAndIsNotRetried() {
    server.enqueue(Reply.builder().text("cut short").build().truncateAfterEvents(4));

    try (MessageStream stream = client.messages().stream(request())) {
      assertThatThrownBy(stream::finalMessage)
          .isInstanceOf(StreamException.class)
          .hasMessageContaining("the stream ended before message_stop, after 4 events");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aResetMidStreamIsAStreamException() {
    server.enqueue(Reply.builder().text("reset soon").build().resetAfterEvents(3));

    try (MessageStream stream = client.messages().stream(request())) {
      assertThatThrownBy(stream::finalMessage)
          .isInstanceOfSatisfying(StreamException.class, e -> assertThat(e.partialMessage()).isNotNull());
    }
  }

  @Test
  void httpErrorsBeforeTheStreamStartsAreRetriedAsCreateRetriesThem() {
    server.enqueue(Fault.status(529, "overloaded_error", "Overloaded").retryAfterMs(10));
    server.enqueue(Fault.dropConnection());
    server.enqueue(Reply.text("made it"));

    try (MessageStream stream = client.messages().stream(request())) {
      assertThat(stream.finalMessage().text()).isEqualTo("made it");
    }
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void anHttpErrorAfterTheRetriesIsTheTypedException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(Reply.error(429, "rate_limit_error", "Slow down"));
    }

    assertThatThrownBy(() -> client.messages().stream(request()))
        .isInstanceOf(RateLimitException.class)
        .hasMessageStartingWith("429 rate_limit_error: Slow down");
  }

  @Test
  void aLongStreamNeedsNoNonStreamingGuard() {
    server.enqueue(Reply.text("long"));

    try (MessageStream stream = client.messages().stream(
        request().toBuilder().model("claude-opus-4-8").maxTokens(128_000).build())) {
      assertThat(stream.finalMessage().text()).isEqualTo("long");
    }
  }
}
