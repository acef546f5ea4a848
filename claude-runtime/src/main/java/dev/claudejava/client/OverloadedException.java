package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/** 529 overloaded_error: the API is overloaded; retried with backoff. */
public class OverloadedException extends InternalServerException {

  public OverloadedException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(statusCode, errorType, apiMessage, requestId);
  }
}
