package dev.claudejava.client;

import dev.claudejava.internal.Wire;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.TokenCount;
import dev.claudejava.stream.MessageStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The Messages API: {@code POST /v1/messages} and {@code POST /v1/messages/count_tokens}. Thread-safe. */
public final class Messages {

  /**
   * Output tokens per hour the non-streaming guard assumes; a reply of {@code max_tokens} is expected
   * to take {@code 3600 * max_tokens / 128000} seconds.
   */
  static final long TOKENS_PER_HOUR = 128_000;

  private static final long DEFAULT_TIMEOUT_SECONDS = 600;

  private final Transport transport;

  Messages(Transport transport) {
    this.transport = transport;
  }

  /**
   * Sends {@code request} and returns the reply.
   *
   * @throws ClaudeException before sending, when {@code max_tokens} is so large that the reply may
   *     take longer than the timeout: stream such requests instead
   * @throws ApiException when the API answers with an error (after retries, where retried)
   * @throws ConnectionException when the API could not be reached
   * @throws ClaudeTimeoutException when no reply came within the timeout
   */
  public Message create(MessageRequest request) {
    return create(request, RequestOptions.none());
  }

  /** {@link #create(MessageRequest)} with per-call options. */
  public Message create(MessageRequest request, RequestOptions options) {
    checkNonStreamingDuration(request, transport.timeout(options));
    Transport.Reply reply = transport.send("POST", "/v1/messages", Wire.requestBody(request, false), options);
    return Wire.readMessage(reply.json());
  }

  /**
   * Sends {@code request} as a stream: the reply's events arrive as the model writes them. HTTP
   * errors before the stream starts are retried as {@link #create} retries them; once events have
   * been delivered nothing is retried.
   *
   * @throws ApiException when the API answers with an error before the stream starts
   * @throws ConnectionException when the API could not be reached
   * @throws ClaudeTimeoutException when the stream did not start within the timeout
   */
  public MessageStream stream(MessageRequest request) {
    return stream(request, RequestOptions.none());
  }

  /** {@link #stream(MessageRequest)} with per-call options; the timeout bounds the wait for the stream to start. */
  public MessageStream stream(MessageRequest request, RequestOptions options) {
    HttpResponse<InputStream> response =
        transport.sendStreaming("/v1/messages", Wire.requestBody(request, true), options);
    return MessageStream.of(response.body(), Transport.requestId(response.headers()));
  }

  /**
   * Counts the input tokens {@code request} would use, without generating: its model, system prompt,
   * tools, thinking and messages.
   */
  public TokenCount countTokens(MessageRequest request) {
    return countTokens(request, RequestOptions.none());
  }

  /** {@link #countTokens(MessageRequest)} with per-call options. */
  public TokenCount countTokens(MessageRequest request, RequestOptions options) {
    Transport.Reply reply =
        transport.send("POST", "/v1/messages/count_tokens", Wire.countTokensBody(request), options);
    return new TokenCount(reply.json().path("input_tokens").asLong());
  }

  /**
   * A reply of {@code max_tokens} takes about {@code 3600 * max_tokens / 128000} seconds. One that may
   * take longer than the default ten minutes, and longer than the call's timeout, is refused before
   * it is sent, as the official SDKs do (above about 21,333 max_tokens at the default timeout): a
   * long idle HTTP exchange is fragile, and streaming is the right tool for it.
   */
  static void checkNonStreamingDuration(MessageRequest request, Duration timeout) {
    long expectedSeconds = 3600L * request.maxTokens() / TOKENS_PER_HOUR;
    if (expectedSeconds > DEFAULT_TIMEOUT_SECONDS && expectedSeconds > timeout.toSeconds()) {
      throw new ClaudeException(
          "max_tokens " + request.maxTokens() + " may take about " + expectedSeconds
              + " s to generate, longer than the request timeout of " + timeout.toSeconds()
              + " s; use messages().stream(request) for long replies, or lower max_tokens, or raise"
              + " the timeout");
    }
  }
}
