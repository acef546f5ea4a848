package dev.claudejava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's: timeout, retries, extra headers, beta flags, and
 * a retry listener. Unset values fall back to the client's.
 *
 * <pre>{@code
 * client.messages().create(request, RequestOptions.builder().timeout(Duration.ofSeconds(30)).build());
 * }</pre>
 *
 * @param timeout the time allowed for the reply, or null for the client's
 * @param maxRetries retries after the first attempt, or null for the client's
 * @param headers extra headers, added after (and so over) the client's
 * @param betas {@code anthropic-beta} values, added to the client's
 * @param retryListener told about each retry, or null for the client's
 */
public record RequestOptions(
    @Nullable Duration timeout,
    @Nullable Integer maxRetries,
    Map<String, String> headers,
    List<String> betas,
    @Nullable RetryListener retryListener) {

  private static final RequestOptions NONE = new RequestOptions(null, null, Map.of(), List.of(), null);

  public RequestOptions {
    headers = Map.copyOf(headers);
    betas = List.copyOf(betas);
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout is " + timeout + "; it must be positive");
    }
    if (maxRetries != null && maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries is " + maxRetries + "; it must be 0 or more");
    }
  }

  /** No overrides. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> betas = new ArrayList<>();
    private @Nullable RetryListener retryListener;

    private Builder() {}

    /** The time allowed for the reply. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Retries after the first attempt; 0 disables retries. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** An extra header. */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** An {@code anthropic-beta} value. */
    public Builder beta(String beta) {
      betas.add(beta);
      return this;
    }

    /** Told about each retry. */
    public Builder retryListener(RetryListener listener) {
      this.retryListener = listener;
      return this;
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(timeout, maxRetries, headers, betas, retryListener);
    }
  }
}
