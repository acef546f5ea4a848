package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/** 400 invalid_request_error: the request is malformed or not allowed; it is not retried. */
public class BadRequestException extends ApiException {

  public BadRequestException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(statusCode, errorType, apiMessage, requestId);
  }
}
