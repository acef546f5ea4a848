package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/** 401 authentication_error: the API key is missing or wrong. */
public class AuthenticationException extends ApiException {

  public AuthenticationException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(statusCode, errorType, apiMessage, requestId);
  }
}
