package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many requests at once, as parallel tool rounds and multi-threaded clients make them. */
class ConcurrencyTest {

  private static final int REQUESTS = 20;

  private final MockClaudeServer server = MockClaudeServer.start();
  private final TestClient client = new TestClient(server);
  private final ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);

  @AfterEach
  void stop() {
    pool.shutdownNow();
    server.close();
  }

  @Test
  void answersTwentyParallelRequestsEachWithItsOwnReply() throws Exception {
    server.respondWith(request -> Reply.text("echo: " + request.json().at("/messages/0/content").asText()));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String text = "request " + i;
      responses.add(pool.submit(() -> {
        start.await();
        return client.messages(TestClient.body(text));
      }));
    }
    start.countDown();

    for (int i = 0; i < REQUESTS; i++) {
      HttpResponse<String> response = responses.get(i).get(30, TimeUnit.SECONDS);
      assertThat(TestClient.json(response.body()).at("/content/0/text").asText()).isEqualTo("echo: request " + i);
    }
    List<RecordedRequest> recorded = server.requests();
    assertThat(recorded).hasSize(REQUESTS);
    assertThat(recorded).extracting(RecordedRequest::sequence).doesNotHaveDuplicates();
    assertThat(recorded).extracting(RecordedRequest::requestId).doesNotHaveDuplicates();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < REQUESTS; i++) {
      taken.add(server.takeRequest().json().at("/messages/0/content").asText());
    }
    assertThat(taken).hasSize(REQUESTS);
  }

  @Test
  void servesRequestsConcurrentlyNotOneAfterAnother() throws Exception {
    int together = 5;
    CountDownLatch inside = new CountDownLatch(together);
    server.respondWith(request -> {
      inside.countDown();
      try {
        // only returns true if all five requests are being answered at the same time
        return Reply.text(Boolean.toString(inside.await(20, TimeUnit.SECONDS)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Reply.text("interrupted");
      }
    });
    List<Future<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < together; i++) {
      responses.add(pool.submit(() -> client.messages(TestClient.body("Hi"))));
    }

    for (Future<HttpResponse<String>> response : responses) {
      assertThat(TestClient.json(response.get(30, TimeUnit.SECONDS).body()).at("/content/0/text").asText())
          .isEqualTo("true");
    }
  }

  @Test
  void streamsTwentyRepliesInParallelEachWhole() throws Exception {
    Set<String> scripted = new HashSet<>();
    for (int i = 0; i < REQUESTS; i++) {
      String text = "streamed answer number " + i;
      scripted.add(text);
      server.enqueue(Reply.text(text));
    }
    List<Future<String>> texts = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      texts.add(pool.submit(() -> RenderingTest.accumulate(
          TestClient.events(client.messages(TestClient.streamed("Hi")).body())).at("/content/0/text").asText()));
    }

    Set<String> received = new HashSet<>();
    for (Future<String> text : texts) {
      received.add(text.get(30, TimeUnit.SECONDS));
    }
    assertThat(received).isEqualTo(scripted);
    assertThat(server.pendingReplies()).isZero();
  }
}
