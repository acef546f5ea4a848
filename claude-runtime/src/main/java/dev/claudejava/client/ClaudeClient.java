package dev.claudejava.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The client for the Claude API. Immutable and thread-safe: build one and share it across threads.
 *
 * <pre>{@code
 * try (ClaudeClient client = ClaudeClient.fromEnv()) {      // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL
 *   Message reply = client.messages().create(MessageRequest.builder()
 *       .model("claude-opus-4-8")
 *       .maxTokens(1024)
 *       .addUserMessage("Hello, Claude")
 *       .build());
 *   System.out.println(reply.text());
 * }
 * }</pre>
 *
 * <p>Failed calls are retried ({@link Builder#maxRetries}, 2 by default): connection failures,
 * timeouts, 408, 409, 429 and 5xx (529 included), unless the API's {@code x-should-retry} header says
 * otherwise. The wait honours {@code retry-after-ms} and {@code retry-after} (up to a minute), else
 * backs off exponentially with jitter (0.5 s doubling to 8 s by default).
 *
 * <p>The API key appears in no log line, exception message or {@code toString()}.
 */
public final class ClaudeClient implements AutoCloseable {

  /** The {@code anthropic-version} header every request carries. */
  public static final String API_VERSION = "2023-06-01";
  /** The API's address when none is configured. */
  public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";

  static final String VERSION = readVersion();
  private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

  private final Config config;
  private final ExecutorService executor;
  private final HttpClient http;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Transport transport;
  private final Messages messages;
  private final Models models;

  private ClaudeClient(Config config) {
    this.config = config;
    int id = CLIENT_IDS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "claude-client-" + id + "-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    URI base = URI.create(config.baseUrl);
    this.http = HttpClient.newBuilder()
        // HTTP/2 where TLS negotiates it; plain http (a local test server) speaks HTTP/1.1
        .version("https".equals(base.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
    this.transport = new Transport(config, http, closed);
    this.messages = new Messages(transport);
    this.models = new Models(transport);
  }

  /** A builder; {@link Builder#apiKey} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code ANTHROPIC_API_KEY} (required) and
   * {@code ANTHROPIC_BASE_URL} (default {@value #DEFAULT_BASE_URL}).
   *
   * @throws ClaudeException when {@code ANTHROPIC_API_KEY} is not set
   */
  public static ClaudeClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * A client configured from {@code env}, read as {@link #fromEnv()} reads the process environment.
   *
   * @throws ClaudeException when {@code ANTHROPIC_API_KEY} is not set
   */
  public static ClaudeClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /** A builder that starts from this client's settings, for a variant (another timeout, say). */
  public Builder toBuilder() {
    return new Builder(config);
  }

  /** The Messages API: create, stream, count tokens. */
  public Messages messages() {
    return messages;
  }

  /** The Models API: list and retrieve. */
  public Models models() {
    return models;
  }

  /** The base URL requests go to. */
  public String baseUrl() {
    return config.baseUrl;
  }

  /**
   * Closes the client: later calls fail, and its threads stop once in-flight calls end. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      executor.shutdown();
    }
  }

  @Override
  public String toString() {
    return "ClaudeClient[baseUrl=" + config.baseUrl + ", maxRetries=" + config.maxRetries
        + ", timeout=" + config.timeout + "]";
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = ClaudeClient.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // the version is informational (the user-agent); an unreadable resource must not break the client
    }
    return properties.getProperty("version", "unknown");
  }

  /** The client's settings, shared read-only with the transport. */
  static final class Config {
    final String apiKey;
    final String baseUrl;
    final int maxRetries;
    final Duration timeout;
    final Duration connectTimeout;
    final Duration initialRetryDelay;
    final Duration maxRetryDelay;
    final Map<String, String> headers;
    final List<String> betas;
    final @Nullable RetryListener retryListener;
    final String userAgent;

    Config(Builder b) {
      this.apiKey = Objects.requireNonNull(b.apiKey);
      this.baseUrl = b.baseUrl;
      this.maxRetries = b.maxRetries;
      this.timeout = b.timeout;
      this.connectTimeout = b.connectTimeout;
      this.initialRetryDelay = b.initialRetryDelay;
      this.maxRetryDelay = b.maxRetryDelay;
      this.headers = Map.copyOf(b.headers);
      this.betas = List.copyOf(b.betas);
      this.retryListener = b.retryListener;
      this.userAgent = "claude-java/" + VERSION + " (Java " + System.getProperty("java.version") + "; "
          + System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT) + ")";
    }
  }

  /** Builds a {@link ClaudeClient}. */
  public static final class Builder {
    private @Nullable String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private int maxRetries = 2;
    private Duration timeout = Duration.ofMinutes(10);
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration initialRetryDelay = Duration.ofMillis(500);
    private Duration maxRetryDelay = Duration.ofSeconds(8);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> betas = new ArrayList<>();
    private @Nullable RetryListener retryListener;

    private Builder() {}

    private Builder(Config config) {
      apiKey = config.apiKey;
      baseUrl = config.baseUrl;
      maxRetries = config.maxRetries;
      timeout = config.timeout;
      connectTimeout = config.connectTimeout;
      initialRetryDelay = config.initialRetryDelay;
      maxRetryDelay = config.maxRetryDelay;
      headers.putAll(config.headers);
      betas.addAll(config.betas);
      retryListener = config.retryListener;
    }

    /** Reads {@code ANTHROPIC_API_KEY} (required) and {@code ANTHROPIC_BASE_URL} (optional) from {@code env}. */
    Builder fromEnv(Map<String, String> env) {
      String key = env.get("ANTHROPIC_API_KEY");
      if (key == null || key.isBlank()) {
        throw new ClaudeException(
            "ANTHROPIC_API_KEY is not set; export your API key (from console.anthropic.com) as"
                + " ANTHROPIC_API_KEY, or build the client with ClaudeClient.builder().apiKey(...)");
      }
      apiKey(key);
      String url = env.get("ANTHROPIC_BASE_URL");
      if (url != null && !url.isBlank()) {
        baseUrl(url);
      }
      return this;
    }

    /** The API key, sent as {@code x-api-key}. */
    public Builder apiKey(String apiKey) {
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("the API key is blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** Where the API is, {@value ClaudeClient#DEFAULT_BASE_URL} by default. */
    public Builder baseUrl(String baseUrl) {
      URI uri;
      try {
        uri = URI.create(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("base URL '" + baseUrl + "' is not a URI: " + e.getMessage(), e);
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "base URL '" + baseUrl + "' is not an absolute http(s) URL; write e.g. https://api.anthropic.com");
      }
      this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      return this;
    }

    /** Retries after the first attempt (2 by default); 0 disables them. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries is " + maxRetries + "; it must be 0 or more");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The time allowed for each reply (10 minutes by default); for a stream, until its first byte. */
    public Builder timeout(Duration timeout) {
      this.timeout = positive("timeout", timeout);
      return this;
    }

    /** The time allowed to connect (30 seconds by default). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive("connectTimeout", connectTimeout);
      return this;
    }

    /**
     * The backoff between retries when the API gives no {@code retry-after}: {@code initial}, doubling
     * up to {@code max}, each less up to a quarter of jitter (0.5 s and 8 s by default).
     */
    public Builder retryDelays(Duration initial, Duration max) {
      this.initialRetryDelay = positive("initial retry delay", initial);
      this.maxRetryDelay = positive("max retry delay", max);
      return this;
    }

    /** A header sent with every request (it cannot replace the API key or version headers). */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** An {@code anthropic-beta} value sent with every request. */
    public Builder beta(String beta) {
      betas.add(beta);
      return this;
    }

    /** Told about every retry of every call. */
    public Builder retryListener(RetryListener listener) {
      this.retryListener = listener;
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when no API key was given
     */
    public ClaudeClient build() {
      if (apiKey == null) {
        throw new IllegalStateException(
            "no API key; call apiKey(...) or use ClaudeClient.fromEnv(), which reads ANTHROPIC_API_KEY");
      }
      return new ClaudeClient(new Config(this));
    }

    private static Duration positive(String what, Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(what + " is " + value + "; it must be positive");
      }
      return value;
    }

    @Override
    public String toString() {
      return "ClaudeClient.Builder[baseUrl=" + baseUrl + "]";
    }
  }
}
