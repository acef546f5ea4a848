package dev.claudejava.conformance;

import static org.assertj.core.api.Assertions.fail;

import dev.claudejava.testkit.MockClaudeExtension;
import dev.claudejava.testkit.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks, after each test, that every request the runtime sent to the mock server conforms to the
 * API's own contract: {@code POST /v1/messages} bodies against {@code CreateMessageParams}, and
 * {@code count_tokens} bodies against {@code CountMessageTokensParams}. Register it after the server's
 * extension:
 *
 * <pre>{@code
 * @RegisterExtension static final MockClaudeExtension claude = new MockClaudeExtension();
 * @RegisterExtension static final RequestConformance conformance = new RequestConformance(claude);
 * }</pre>
 *
 * <p>Where the conformance folder is absent the check does nothing; {@link OpenApiConformanceTest}
 * reports that skip visibly.
 */
public final class RequestConformance implements AfterEachCallback {

  private final MockClaudeExtension claude;

  public RequestConformance(MockClaudeExtension claude) {
    this.claude = claude;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    OpenApi.available().ifPresent(api -> check(api, claude.server().requests()));
  }

  /** Fails with every nonconforming body among {@code requests}. */
  public static void check(OpenApi api, List<RecordedRequest> requests) {
    StringBuilder problems = new StringBuilder();
    for (RecordedRequest request : requests) {
      String component = component(request);
      if (component == null || request.body().length == 0) {
        continue;
      }
      List<String> found = api.problems(component, request.bodyText());
      if (!found.isEmpty()) {
        problems.append("\n").append(request.method()).append(' ').append(request.path())
            .append(" does not conform to ").append(component).append(": ")
            .append(found.subList(0, Math.min(found.size(), 5)))
            .append("\n  body: ").append(request.bodyText());
      }
    }
    if (problems.length() > 0) {
      fail("requests that the API's OpenAPI description rejects:" + problems);
    }
  }

  private static String component(RecordedRequest request) {
    if (!"POST".equals(request.method())) {
      return null;
    }
    switch (request.path()) {
      case "/v1/messages":
        return "CreateMessageParams";
      case "/v1/messages/count_tokens":
        return "CountMessageTokensParams";
      default:
        return null;
    }
  }
}
