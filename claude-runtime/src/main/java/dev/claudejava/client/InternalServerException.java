package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/** 500 and above api_error: a failure inside the API; retried with backoff. */
public class InternalServerException extends ApiException {

  public InternalServerException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(statusCode, errorType, apiMessage, requestId);
  }
}
