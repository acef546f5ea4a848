package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/** 413 request_too_large: the request exceeds the API's size limit. */
public class RequestTooLargeException extends ApiException {

  public RequestTooLargeException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(statusCode, errorType, apiMessage, requestId);
  }
}
