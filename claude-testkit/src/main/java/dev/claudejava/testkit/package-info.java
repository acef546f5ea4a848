/**
 * claude-testkit: a scripted, faithful fake of the Claude API over real HTTP on 127.0.0.1, for testing
 * code that talks to Claude (an agent built with claude-java, the official SDK, anything) offline.
 *
 * <p>It speaks the API's wire format, checked against the API's OpenAPI description and recordings:
 * JSON messages, event streams in the API's event order, error bodies, {@code request-id} headers,
 * token counting and the models list. It rejects requests the API would reject, with the API's
 * messages, so that a client cannot pass its tests with a request the API refuses. It fails on demand
 * the ways the API and the network do.
 *
 * <pre>{@code
 * try (MockClaudeServer server = MockClaudeServer.start()) {
 *   server.enqueue(Reply.builder()
 *       .text("Checking.")
 *       .toolUse("toolu_01", "get_weather", "{\"city\":\"Paris\"}")
 *       .build());                                              // stop_reason tool_use
 *   server.enqueue(Fault.status(529, "overloaded_error", "Overloaded").retryAfter("1"));
 *   server.enqueue(Reply.text("Sunny, 24 °C."));
 *
 *   // run the client against server.baseUrl() with the key server.apiKey()
 *
 *   RecordedRequest first = server.takeRequest();
 *   assertThat(first.json().path("model").asText()).isEqualTo("claude-opus-4-8");
 * }
 * }</pre>
 *
 * <p>In JUnit 5, {@link dev.claudejava.testkit.MockClaudeExtension} runs the server for a test class.
 * The module depends on the JDK and Jackson only (JUnit only for the extension).
 *
 * @see dev.claudejava.testkit.MockClaudeServer
 * @see dev.claudejava.testkit.Reply
 * @see dev.claudejava.testkit.Fault
 */
@NullMarked
package dev.claudejava.testkit;

import org.jspecify.annotations.NullMarked;
