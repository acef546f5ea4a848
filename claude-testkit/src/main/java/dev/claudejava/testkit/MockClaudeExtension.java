package dev.claudejava.testkit;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * A JUnit 5 extension that runs a {@link MockClaudeServer} for a test class.
 *
 * <pre>{@code
 * class WeatherAgentTest {
 *   @RegisterExtension
 *   static final MockClaudeExtension claude = new MockClaudeExtension();
 *
 *   @Test
 *   void answers(MockClaudeServer server) {              // or claude.server()
 *     server.enqueue(Reply.text("Sunny."));
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field, it starts one server before the first test of the class
 * (nested classes share it) and stops it after the last; registered on an instance field, it starts a
 * server for each test and stops it after that test. Either way the server is {@link
 * MockClaudeServer#reset() reset} before each test, so that no script, recorded request or remembered
 * thinking block carries over from one test to the next. Test methods of one class that run
 * concurrently need the per-test form.
 *
 * <p>Tests and lifecycle methods can take a {@link MockClaudeServer} parameter.
 */
public final class MockClaudeExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

  private final MockClaudeServer.Builder builder;
  private volatile @Nullable MockClaudeServer server;
  private volatile @Nullable String startedIn;

  /** An extension whose server has the default options. */
  public MockClaudeExtension() {
    this(MockClaudeServer.builder());
  }

  /** An extension whose server {@code builder} configures (an API key, models, ...). */
  public MockClaudeExtension(MockClaudeServer.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /**
   * The running server.
   *
   * @throws IllegalStateException outside a test of the class that registered the extension
   */
  public MockClaudeServer server() {
    MockClaudeServer running = server;
    if (running == null) {
      throw new IllegalStateException("the MockClaudeServer runs only while a test of the registering class runs;"
          + " call server() from a test or a @BeforeEach/@AfterEach method, or take a MockClaudeServer parameter");
    }
    return running;
  }

  /** Starts the class's server. */
  @Override
  public void beforeAll(ExtensionContext context) {
    startIfStopped(context);
  }

  /** Starts the test's server when none runs for the class, and resets it. */
  @Override
  public void beforeEach(ExtensionContext context) {
    startIfStopped(context);
    server().reset();
  }

  /** Stops the server if it was started for this test. */
  @Override
  public void afterEach(ExtensionContext context) {
    stopIfStartedIn(context);
  }

  /** Stops the server if it was started for this class. */
  @Override
  public void afterAll(ExtensionContext context) {
    stopIfStartedIn(context);
  }

  /** Whether the parameter is a {@link MockClaudeServer}. */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == MockClaudeServer.class;
  }

  /** The running server, started first if the parameter belongs to a lifecycle method that runs before it. */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    startIfStopped(extensionContext);
    return server();
  }

  private synchronized void startIfStopped(ExtensionContext context) {
    if (server == null) {
      server = builder.build();
      startedIn = context.getUniqueId();
    }
  }

  private synchronized void stopIfStartedIn(ExtensionContext context) {
    MockClaudeServer running = server;
    if (running != null && context.getUniqueId().equals(startedIn)) {
      server = null;
      startedIn = null;
      running.close();
    }
  }
}
