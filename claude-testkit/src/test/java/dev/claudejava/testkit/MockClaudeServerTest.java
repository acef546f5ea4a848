package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockClaudeServerTest {

  private final MockClaudeServer server = MockClaudeServer.start();
  private final TestClient client = new TestClient(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void listensOnLoopbackAndAcceptsTheDefaultKey() {
    assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port()).doesNotEndWith("/");
    assertThat(server.apiKey()).isEqualTo("test-api-key");
    assertThat(server.toString()).doesNotContain(server.apiKey());
  }

  @Test
  void answersEnqueuedRepliesInOrderAndRecordsEveryRequest() {
    server.enqueue(Reply.text("first"));
    server.enqueue(Reply.text("second"));

    HttpResponse<String> one = client.messages(TestClient.body("one"));
    HttpResponse<String> two = client.messages(TestClient.body("two"));

    assertThat(TestClient.json(one.body()).at("/content/0/text").asText()).isEqualTo("first");
    assertThat(TestClient.json(two.body()).at("/content/0/text").asText()).isEqualTo("second");
    assertThat(server.pendingReplies()).isZero();
    assertThat(server.requestCount()).isEqualTo(2);
    RecordedRequest first = server.takeRequest();
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.path()).isEqualTo("/v1/messages");
    assertThat(first.header("X-API-KEY")).isEqualTo("test-api-key");
    assertThat(first.headers()).containsKey("anthropic-version");
    assertThat(first.json().at("/messages/0/content").asText()).isEqualTo("one");
    assertThat(first.bodyText()).isEqualTo(TestClient.body("one").toString());
    assertThat(first.body()).isEqualTo(TestClient.body("one").toString().getBytes(StandardCharsets.UTF_8));
    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.toString()).contains("POST /v1/messages").doesNotContain("test-api-key");
    assertThat(server.takeRequest().json().at("/messages/0/content").asText()).isEqualTo("two");
    assertThat(server.requests()).extracting(RecordedRequest::sequence).containsExactly(1, 2);
  }

  @Test
  void everyResponseCarriesADistinctRequestIdThatTheRecordKnows() {
    server.enqueue(Reply.text("hi"));
    HttpResponse<String> ok = client.messages(TestClient.body("hi"));
    HttpResponse<String> missing = client.get("/v1/nothing");

    String first = ok.headers().firstValue("request-id").orElseThrow();
    String second = missing.headers().firstValue("request-id").orElseThrow();
    assertThat(first).matches("req_01[0-9]{22}").isNotEqualTo(second);
    assertThat(server.takeRequest().requestId()).isEqualTo(first);
    assertThat(TestClient.json(missing.body()).path("request_id").asText()).isEqualTo(second);
  }

  @Test
  void unknownPathsAndMethodsAre404NotFound() {
    HttpResponse<String> response = client.get("/v1/complete");
    HttpResponse<String> wrongMethod = client.get("/v1/messages");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(TestClient.json(response.body()).toString()).isEqualTo(
        "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"Not Found\"},\"request_id\":\""
            + response.headers().firstValue("request-id").orElseThrow() + "\"}");
    assertThat(response.headers().firstValue("x-should-retry")).hasValue("false");
    assertThat(wrongMethod.statusCode()).isEqualTo(404);
  }

  @Test
  void withNothingScriptedItAnswersAScriptErrorThatClientsDoNotRetry() {
    HttpResponse<String> response = client.messages(TestClient.body("hi"));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("x-should-retry")).hasValue("false");
    assertThat(TestClient.json(response.body()).at("/error/message").asText())
        .startsWith("MockClaudeServer script error: no reply is scripted for request 1 (POST /v1/messages")
        .contains("enqueue a Reply, or set respondWith(...)");
  }

  @Test
  void theResponderAnswersOnceTheQueueIsEmpty() {
    server.enqueue(Reply.text("queued"));
    server.respondWith(request -> Reply.text("echo: " + request.json().at("/messages/0/content").asText()));

    assertThat(TestClient.json(client.messages(TestClient.body("a")).body()).at("/content/0/text").asText())
        .isEqualTo("queued");
    assertThat(TestClient.json(client.messages(TestClient.body("b")).body()).at("/content/0/text").asText())
        .isEqualTo("echo: b");
    assertThat(TestClient.json(client.messages(TestClient.body("c")).body()).at("/content/0/text").asText())
        .isEqualTo("echo: c");
  }

  @Test
  void aResponderThatFailsOrReturnsNullIsReportedAsAScriptError() {
    server.respondWith(request -> {
      throw new IllegalStateException("boom");
    });
    JsonNode thrown = TestClient.json(client.messages(TestClient.body("a")).body());
    server.respondWith(request -> null);
    JsonNode returnedNull = TestClient.json(client.messages(TestClient.body("b")).body());

    assertThat(thrown.at("/error/message").asText()).contains("respondWith function threw").contains("boom");
    assertThat(returnedNull.at("/error/message").asText()).contains("respondWith function returned null");
  }

  @Test
  void takeRequestFailsClearlyWhenNothingArrives() {
    assertThatThrownBy(() -> server.takeRequest(Duration.ofMillis(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no request reached " + server)
        .hasMessageContaining("0 request(s) arrived");
  }

  @Test
  void resetForgetsScriptsRequestsAndCounters() {
    server.enqueue(Reply.text("left over"));
    server.respondWith(request -> Reply.text("responder"));
    client.get("/v1/models");

    server.reset();

    assertThat(server.pendingReplies()).isZero();
    assertThat(server.requests()).isEmpty();
    assertThatThrownBy(() -> server.takeRequest(Duration.ofMillis(10))).isInstanceOf(AssertionError.class);
    HttpResponse<String> response = client.messages(TestClient.body("hi"));
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("request-id")).hasValue("req_010000000000000000000001");
  }

  @Test
  void messageIdsCountFromOneAndScriptsMayNameTheirOwn() {
    server.enqueue(Reply.text("a"));
    server.enqueue(Reply.builder().text("b").id("msg_custom").build());

    assertThat(TestClient.json(client.messages(TestClient.body("a")).body()).path("id").asText())
        .isEqualTo("msg_010000000000000000000001");
    assertThat(TestClient.json(client.messages(TestClient.body("b")).body()).path("id").asText())
        .isEqualTo("msg_custom");
  }

  @Test
  void closingFreesThePortAtOnce() throws IOException {
    int port = server.port();
    server.close();

    try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
    assertThat(Thread.getAllStackTraces().keySet())
        .extracting(Thread::getName)
        .noneMatch(name -> name.startsWith("mock-claude-" + port + "-"));
  }

  @Test
  void aBuilderSetsKeyPortTimeoutAndModels() throws IOException {
    int freePort;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      freePort = probe.getLocalPort();
    }
    MockModel custom = new MockModel("claude-test-1", "Claude Test 1", java.time.Instant.parse("2030-01-01T00:00:00Z"),
        100_000, 8_000);
    try (MockClaudeServer custom1 = MockClaudeServer.builder()
        .apiKey("k-123").port(freePort).takeTimeout(Duration.ofMillis(20)).model(custom).build()) {
      assertThat(custom1.port()).isEqualTo(freePort);
      assertThat(custom1.apiKey()).isEqualTo("k-123");
      assertThat(custom1.models()).first().isEqualTo(custom);
      assertThatThrownBy(custom1::takeRequest).hasMessageContaining("PT0.02S");
    }
    try (MockClaudeServer only = MockClaudeServer.builder().withoutDefaultModels().model(custom).build()) {
      assertThat(only.models()).containsExactly(custom);
    }
  }

  @Test
  void keepsConnectionsAliveAcrossRequests() throws IOException {
    server.enqueue(Reply.text("one"));
    server.enqueue(Reply.text("two"));
    String body = TestClient.body("hi").toString();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      for (String expected : new String[] {"one", "two"}) {
        out.write(("POST /v1/messages HTTP/1.1\r\nHost: x\r\nx-api-key: test-api-key\r\nanthropic-version: 2023-06-01\r\n"
            + "content-type: application/json\r\ncontent-length: " + body.length() + "\r\n\r\n" + body)
            .getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
        int length = -1;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
          if (line.startsWith("content-length: ")) {
            length = Integer.parseInt(line.substring(16));
          }
        }
        char[] content = new char[length];
        int read = 0;
        while (read < length) {
          read += in.read(content, read, length - read);
        }
        assertThat(TestClient.json(new String(content)).at("/content/0/text").asText()).isEqualTo(expected);
      }
    }
  }

  @Test
  void readsChunkedRequestBodiesAndAnswersExpectContinue() {
    server.enqueue(Reply.text("ok"));
    byte[] body = TestClient.body("chunked").toString().getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/messages"))
        .header("x-api-key", server.apiKey())
        .header("anthropic-version", "2023-06-01")
        .expectContinue(true)
        // a publisher of unknown length is sent chunked
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
        .build();

    HttpResponse<String> response = TestClient.send(request);

    assertThat(response.statusCode()).isEqualTo(200);
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.header("transfer-encoding")).isEqualTo("chunked");
    assertThat(recorded.json().at("/messages/0/content").asText()).isEqualTo("chunked");
  }

  @Test
  void servesAClientThatOffersAnHttp2Upgrade() {
    server.enqueue(Reply.text("ok"));
    HttpClient defaultClient = HttpClient.newHttpClient();
    HttpRequest request = client.request("/v1/messages")
        .POST(HttpRequest.BodyPublishers.ofString(TestClient.body("hi").toString())).build();

    HttpResponse<String> response;
    try {
      response = defaultClient.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
  }

  @Test
  void aBodyAboveTheApisSizeLimitIs413RequestTooLarge() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.getOutputStream().write(("POST /v1/messages HTTP/1.1\r\nHost: x\r\ncontent-length: 40000000\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 413 Payload Too Large")
          .contains("\"type\":\"request_too_large\"")
          .contains("the request body of 40000000 bytes is larger than the 33554432 bytes left");
    }
  }

  @Test
  void malformedRequestsGetA400AndTheConnectionCloses() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400 Bad Request").contains("request-id: req_02")
          .contains("malformed request line 'NONSENSE'");
    }
    assertThat(server.requests()).isEmpty();
  }
}
