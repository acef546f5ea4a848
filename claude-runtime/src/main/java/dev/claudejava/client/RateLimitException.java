package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/** 429 rate_limit_error: too many requests or tokens; retried with backoff, honouring retry-after. */
public class RateLimitException extends ApiException {

  public RateLimitException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(statusCode, errorType, apiMessage, requestId);
  }
}
