package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every scriptable failure, seen from a real HTTP client. */
class FaultTest {

  private final MockClaudeServer server = MockClaudeServer.start();
  private final TestClient client = new TestClient(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aRateLimitCarriesRetryAfterAndShouldRetry() {
    server.enqueue(Reply.error(429, "rate_limit_error", "Slow down").withHeader("retry-after", "1"));

    HttpResponse<String> response = client.messages(TestClient.body("Hi"));

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("retry-after")).hasValue("1");
    assertThat(response.headers().firstValue("x-should-retry")).hasValue("true");
    String requestId = response.headers().firstValue("request-id").orElseThrow();
    assertThat(response.body()).isEqualTo("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
        + "\"message\":\"Slow down\"},\"request_id\":\"" + requestId + "\"}");
  }

  @Test
  void overloadedAndServerErrorsAreScriptedWithRetryHints() {
    server.enqueue(Fault.status(529, "overloaded_error", "Overloaded").retryAfter("2"));
    server.enqueue(Fault.status(500, "api_error", "Internal server error").retryAfterMs(250));
    server.enqueue(Fault.status(503, "api_error", "Unavailable").withHeader("x-should-retry", "false"));

    HttpResponse<String> overloaded = client.messages(TestClient.body("a"));
    HttpResponse<String> internal = client.messages(TestClient.body("b"));
    HttpResponse<String> unavailable = client.messages(TestClient.body("c"));

    assertThat(overloaded.statusCode()).isEqualTo(529);
    assertThat(overloaded.headers().firstValue("retry-after")).hasValue("2");
    assertThat(TestClient.json(overloaded.body()).at("/error/type").asText()).isEqualTo("overloaded_error");
    assertThat(internal.statusCode()).isEqualTo(500);
    assertThat(internal.headers().firstValue("retry-after-ms")).hasValue("250");
    assertThat(internal.headers().firstValue("x-should-retry")).hasValue("true");
    assertThat(unavailable.headers().firstValue("x-should-retry")).hasValue("false");
  }

  @Test
  void errorsCanBeScriptedForTheOtherEndpoints() {
    server.enqueue(Endpoint.COUNT_TOKENS, Fault.status(529, "overloaded_error", "Overloaded"));
    server.enqueue(Endpoint.LIST_MODELS, Fault.status(500, "api_error", "Internal server error"));
    server.enqueue(Endpoint.GET_MODEL, Reply.raw(200, "{\"id\":\"scripted\"}"));

    HttpResponse<String> count = client.post("/v1/messages/count_tokens",
        "{\"model\":\"claude-sonnet-4-6\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
    HttpResponse<String> models = client.get("/v1/models");
    HttpResponse<String> model = client.get("/v1/models/claude-opus-4-8");
    HttpResponse<String> countAgain = client.post("/v1/messages/count_tokens",
        "{\"model\":\"claude-sonnet-4-6\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

    assertThat(count.statusCode()).isEqualTo(529);
    assertThat(models.statusCode()).isEqualTo(500);
    assertThat(model.body()).isEqualTo("{\"id\":\"scripted\"}");
    assertThat(countAgain.statusCode()).isEqualTo(200);
  }

  @Test
  void aDroppedConnectionSendsNothingAndTheNextReplyAnswersTheRetry() {
    server.enqueue(Fault.dropConnection());
    server.enqueue(Reply.text("second try"));

    assertThatThrownBy(() -> client.messages(TestClient.body("Hi"))).hasCauseInstanceOf(IOException.class);
    HttpResponse<String> retry = client.messages(TestClient.body("Hi"));

    assertThat(TestClient.json(retry.body()).at("/content/0/text").asText()).isEqualTo("second try");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void aResetConnectionFailsTheRequest() {
    server.enqueue(Fault.resetConnection());

    assertThatThrownBy(() -> client.messages(TestClient.body("Hi"))).hasCauseInstanceOf(IOException.class);
  }

  @Test
  void aDelayedReplyArrivesNoSoonerThanItsDelay() {
    server.enqueue(Fault.delay(Duration.ofMillis(300), Reply.text("late")));

    long started = System.nanoTime();
    HttpResponse<String> response = client.messages(TestClient.body("Hi"));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(TestClient.json(response.body()).at("/content/0/text").asText()).isEqualTo("late");
  }

  @Test
  void aClientThatTimesOutOnASlowServerIsSeenLeaving() {
    server.enqueue(Reply.text("too late").delay(Duration.ofSeconds(30)));
    HttpRequest request = client.request("/v1/messages").timeout(Duration.ofMillis(200))
        .POST(HttpRequest.BodyPublishers.ofString(TestClient.body("Hi").toString())).build();

    assertThatThrownBy(() -> TestClient.send(request)).hasCauseInstanceOf(HttpTimeoutException.class);

    assertThat(server.awaitDisconnects(1, Duration.ofSeconds(10))).isTrue();
    assertThat(server.disconnects()).isEqualTo(1);
  }

  @Test
  void aTruncatedStreamEndsCleanlyWithoutMessageStop() {
    server.enqueue(Reply.text("Hello there, friend").truncateAfterEvents(4));

    HttpResponse<String> response = client.messages(TestClient.streamed("Hi"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestClient.types(TestClient.events(response.body())))
        .containsExactly("message_start", "content_block_start", "ping", "content_block_delta");
  }

  @Test
  void aTruncationPastTheLastEventChangesNothing() {
    server.enqueue(Reply.text("Hi").truncateAfterEvents(1000));

    List<String> types = TestClient.types(TestClient.events(client.messages(TestClient.streamed("Hi")).body()));

    assertThat(types).endsWith("message_delta", "message_stop");
  }

  @Test
  void anErrorEventEndsTheStream() {
    server.enqueue(Reply.text("Hello").errorEventAfter(2, "overloaded_error", "Overloaded"));

    HttpResponse<String> response = client.messages(TestClient.streamed("Hi"));

    List<TestClient.Event> events = TestClient.events(response.body());
    assertThat(TestClient.types(events)).containsExactly("message_start", "content_block_start", "error");
    JsonNode error = events.get(2).json();
    assertThat(error.path("error").toString()).isEqualTo("{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}");
    assertThat(error.path("request_id").asText()).isEqualTo(response.headers().firstValue("request-id").orElseThrow());
  }

  @Test
  void aResetMidStreamFailsTheReadAfterNoMoreThanTheEventsBeforeIt() throws Exception {
    server.enqueue(Reply.text("Hello there, friend").resetAfterEvents(3));
    HttpResponse<InputStream> response = TestClient.HTTP.send(streamRequest(), HttpResponse.BodyHandlers.ofInputStream());

    List<String> lines = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.add(line);
        }
      }
    }).isInstanceOf(IOException.class);
    // the three events were sent before the reset (they normally arrive, but a reset may discard them)
    List<String> expected = List.of("event: message_start", "event: content_block_start", "event: ping");
    List<String> events = lines.stream().filter(line -> line.startsWith("event: ")).toList();
    assertThat(expected.subList(0, Math.min(events.size(), expected.size()))).isEqualTo(events);
  }

  @Test
  void streamsArriveEventByEventAndTheServerSeesTheClientLeave() throws Exception {
    // a stream that would take minutes: the first event can only arrive now if it is flushed on its own
    server.enqueue(Reply.text("a long, slow answer").eventDelay(Duration.ofSeconds(30)));
    HttpResponse<InputStream> response = TestClient.HTTP.send(streamRequest(), HttpResponse.BodyHandlers.ofInputStream());
    BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));

    assertThat(reader.readLine()).isEqualTo("event: message_start");
    reader.close();

    assertThat(server.awaitDisconnects(1, Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void streamFaultsApplyToReplayedStreams() {
    String sse = "event: message_start\ndata: {}\n\nevent: ping\ndata: {}\n\nevent: message_stop\ndata: {}\n\n";
    server.enqueue(Reply.sse(sse).truncateAfterEvents(2));

    HttpResponse<String> response = client.messages(TestClient.streamed("Hi"));

    assertThat(response.body()).isEqualTo("event: message_start\ndata: {}\n\nevent: ping\ndata: {}\n\n");
  }

  @Test
  void aStreamWithAnEventDelayStillCompletes() {
    server.enqueue(Reply.text("abcdefgh").eventDelay(Duration.ofMillis(5)));

    List<String> types = TestClient.types(TestClient.events(client.messages(TestClient.streamed("Hi")).body()));

    assertThat(types).startsWith("message_start").endsWith("message_stop");
    assertThat(server.disconnects()).isZero();
  }

  private HttpRequest streamRequest() {
    return client.request("/v1/messages")
        .POST(HttpRequest.BodyPublishers.ofString(TestClient.streamed("Hi").toString())).build();
  }
}
