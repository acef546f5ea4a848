package dev.claudejava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension as a test class uses it: one server per class, reset before each test, injected. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MockClaudeExtensionTest {

  @RegisterExtension
  static final MockClaudeExtension claude = new MockClaudeExtension(MockClaudeServer.builder().apiKey("class-key"));

  private static int firstPort;

  @Test
  @Order(1)
  void startsTheServerBeforeTheFirstTestAndInjectsIt(MockClaudeServer server) {
    assertThat(server).isSameAs(claude.server());
    assertThat(server.apiKey()).isEqualTo("class-key");
    firstPort = server.port();
    server.enqueue(Reply.text("left for the next test"));
    new TestClient(server).get("/v1/models");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  @Order(2)
  void keepsTheServerForTheClassButResetsItBeforeEachTest(MockClaudeServer server) {
    assertThat(server.port()).isEqualTo(firstPort);
    assertThat(server.pendingReplies()).isZero();
    assertThat(server.requests()).isEmpty();
  }

  @Nested
  class NestedTests {

    @Test
    void shareTheOuterClassesServer(MockClaudeServer server) {
      assertThat(server).isSameAs(claude.server());
      server.enqueue(Reply.text("nested"));
      HttpResponse<String> response = new TestClient(server).messages(TestClient.body("Hi"));
      assertThat(TestClient.json(response.body()).at("/content/0/text").asText()).isEqualTo("nested");
    }
  }

  /** Registered on an instance field, the extension runs a server per test. */
  @Nested
  class PerTest {

    @RegisterExtension
    final MockClaudeExtension own = new MockClaudeExtension();

    @Test
    void getsItsOwnServer() {
      assertThat(own.server().port()).isNotEqualTo(claude.server().port());
      assertThat(own.server().apiKey()).isEqualTo(MockClaudeServer.DEFAULT_API_KEY);
    }
  }

  @Test
  @Order(3)
  void anExtensionThatIsNotRunningSaysSo() {
    assertThatThrownBy(() -> new MockClaudeExtension().server())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("runs only while a test of the registering class runs");
  }
}
