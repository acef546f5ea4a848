package dev.claudejava.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.internal.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** Sends requests with the API's headers, retries what may be retried, and turns error replies into exceptions. */
final class Transport {

  /** A {@code retry-after} longer than this is not honoured; the exponential backoff applies instead. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private static final Set<String> RESERVED_HEADERS =
      Set.of("x-api-key", "authorization", "anthropic-version", "content-type", "content-length", "host");

  private final ClaudeClient.Config config;
  private final HttpClient http;
  private final AtomicBoolean closed;

  Transport(ClaudeClient.Config config, HttpClient http, AtomicBoolean closed) {
    this.config = config;
    this.http = http;
    this.closed = closed;
  }

  /** The effective timeout of a call. */
  Duration timeout(RequestOptions options) {
    return options.timeout() != null ? options.timeout() : config.timeout;
  }

  /** Sends a request whose reply is read whole; returns the 2xx reply's JSON and request id. */
  Reply send(String method, String path, byte @Nullable [] body, RequestOptions options) {
    HttpResponse<byte[]> response =
        execute(method, path, body, "application/json", options, HttpResponse.BodyHandlers.ofByteArray(), b -> b);
    JsonNode json;
    try {
      json = Wire.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw new ClaudeException(
          "the API's reply to " + method + " " + path + " is not valid JSON (request-id "
              + requestId(response.headers()) + "): " + e.getMessage(), e);
    }
    return new Reply(json, requestId(response.headers()));
  }

  /** Sends a request whose 2xx reply is an event stream; error replies are read whole and thrown, with retries. */
  HttpResponse<InputStream> sendStreaming(String path, byte[] body, RequestOptions options) {
    return execute("POST", path, body, "text/event-stream", options, HttpResponse.BodyHandlers.ofInputStream(),
        Transport::readAll);
  }

  /** A whole reply: its JSON and the API's request id. */
  record Reply(JsonNode json, @Nullable String requestId) {}

  private interface ErrorBody<T> {
    byte[] bytes(T body) throws IOException;
  }

  private <T> HttpResponse<T> execute(
      String method,
      String path,
      byte @Nullable [] body,
      String accept,
      RequestOptions options,
      HttpResponse.BodyHandler<T> handler,
      ErrorBody<T> errorBody) {
    if (closed.get()) {
      throw new IllegalStateException("this ClaudeClient is closed");
    }
    HttpRequest request = buildRequest(method, path, body, accept, options);
    int maxRetries = options.maxRetries() != null ? options.maxRetries() : config.maxRetries;
    RetryListener listener = options.retryListener() != null ? options.retryListener() : config.retryListener;
    for (int attempt = 1; ; attempt++) {
      ClaudeException failure;
      Optional<Boolean> shouldRetry = Optional.empty();
      @Nullable Duration retryAfter = null;
      try {
        HttpResponse<T> response = http.send(request, handler);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return response;
        }
        byte[] errorBytes;
        try {
          errorBytes = errorBody.bytes(response.body());
        } catch (IOException e) {
          errorBytes = new byte[0];
        }
        failure = apiException(status, response.headers(), errorBytes);
        shouldRetry = response.headers().firstValue("x-should-retry").map("true"::equalsIgnoreCase);
        retryAfter = retryAfter(response.headers());
        if (!shouldRetry.orElse(isRetryableStatus(status))) {
          throw failure;
        }
      } catch (HttpConnectTimeoutException e) {
        failure = new ClaudeTimeoutException(
            "could not connect to " + config.baseUrl + " within " + config.connectTimeout, e);
      } catch (HttpTimeoutException e) {
        failure = new ClaudeTimeoutException(
            method + " " + path + " got no reply within " + timeout(options)
                + "; raise the timeout (ClaudeClient.Builder.timeout or RequestOptions.timeout), or stream", e);
      } catch (ConnectException e) {
        failure = new ConnectionException("could not connect to " + config.baseUrl + ": " + describe(e), e);
      } catch (IOException e) {
        failure = new ConnectionException(
            method + " " + path + " failed before a reply arrived: " + describe(e), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClaudeException(method + " " + path + " was interrupted", e);
      }
      if (attempt > maxRetries) {
        throw failure;
      }
      Duration delay = retryAfter != null
          ? retryAfter
          : backoff(attempt, config.initialRetryDelay, config.maxRetryDelay);
      if (listener != null) {
        listener.onRetry(attempt, delay, failure);
      }
      sleep(delay, failure);
    }
  }

  private HttpRequest buildRequest(
      String method, String path, byte @Nullable [] body, String accept, RequestOptions options) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.baseUrl + path))
        .timeout(timeout(options))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    addHeaders(builder, config.headers);
    addHeaders(builder, options.headers());
    Set<String> betas = new LinkedHashSet<>(config.betas);
    betas.addAll(options.betas());
    if (!betas.isEmpty()) {
      builder.setHeader("anthropic-beta", String.join(",", betas));
    }
    builder.setHeader("x-api-key", config.apiKey)
        .setHeader("anthropic-version", ClaudeClient.API_VERSION)
        .setHeader("accept", accept)
        .setHeader("user-agent", config.userAgent);
    if (body != null) {
      builder.setHeader("content-type", "application/json");
    }
    return builder.build();
  }

  private static void addHeaders(HttpRequest.Builder builder, Map<String, String> headers) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (RESERVED_HEADERS.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(
            "header '" + header.getKey() + "' is set by the client itself; configure the API key with"
                + " ClaudeClient.Builder.apiKey");
      }
      builder.setHeader(header.getKey(), header.getValue());
    }
  }

  /** 408, 409, 429 and 5xx may succeed on a later attempt. */
  static boolean isRetryableStatus(int status) {
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }

  /**
   * The wait the API asks for: {@code retry-after-ms}, else {@code retry-after} in seconds or as an
   * HTTP date; null when absent, unreadable, not positive, or over {@link #MAX_RETRY_AFTER}.
   */
  static @Nullable Duration retryAfter(HttpHeaders headers) {
    Duration wait = null;
    Optional<String> millis = headers.firstValue("retry-after-ms");
    Optional<String> seconds = headers.firstValue("retry-after");
    try {
      if (millis.isPresent()) {
        wait = Duration.ofNanos((long) (Double.parseDouble(millis.get().trim()) * 1_000_000));
      } else if (seconds.isPresent()) {
        String value = seconds.get().trim();
        try {
          wait = Duration.ofNanos((long) (Double.parseDouble(value) * 1_000_000_000));
        } catch (NumberFormatException notSeconds) {
          ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
          wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        }
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
    if (wait == null || wait.isNegative() || wait.isZero() || wait.compareTo(MAX_RETRY_AFTER) > 0) {
      return null;
    }
    return wait;
  }

  /** The exponential backoff before retry {@code attempt}: initial * 2^(attempt-1), capped, less up to 25% jitter. */
  static Duration backoff(int attempt, Duration initial, Duration max) {
    double base = initial.toNanos() * Math.pow(2, Math.min(attempt - 1, 30));
    double capped = Math.min(base, max.toNanos());
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofNanos((long) (capped * jitter));
  }

  private static void sleep(Duration delay, ClaudeException failure) {
    try {
      Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.addSuppressed(e);
      throw failure;
    }
  }

  /** The exception for an error reply: the API's error type and message when the body has them. */
  static ApiException apiException(int status, HttpHeaders headers, byte[] body) {
    String requestId = requestId(headers);
    String type = null;
    String message = null;
    try {
      JsonNode json = Wire.parse(body);
      JsonNode error = json.path("error");
      if (error.path("type").isTextual()) {
        type = error.get("type").asText();
      }
      if (error.path("message").isTextual()) {
        message = error.get("message").asText();
      }
      if (requestId == null && json.path("request_id").isTextual()) {
        requestId = json.get("request_id").asText();
      }
    } catch (IllegalArgumentException notJson) {
      // a proxy's HTML page, say: the body itself is the best message there is
    }
    if (message == null) {
      String text = new String(body, StandardCharsets.UTF_8).strip();
      message = text.isEmpty() ? "(no body)" : Wire.abbreviate(text, 500);
    }
    return ApiException.of(status, type != null ? type : "http_" + status, message, requestId);
  }

  static @Nullable String requestId(HttpHeaders headers) {
    return headers.firstValue("request-id").orElse(null);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
  }

  private static byte[] readAll(InputStream body) throws IOException {
    try (InputStream in = body) {
      return in.readAllBytes();
    }
  }
}
