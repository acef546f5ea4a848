package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/** 404 not_found_error: no such resource (an unknown model id, say). */
public class NotFoundException extends ApiException {

  public NotFoundException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(statusCode, errorType, apiMessage, requestId);
  }
}
