package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/** 403 permission_error: the key may not use this resource. */
public class PermissionDeniedException extends ApiException {

  public PermissionDeniedException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(statusCode, errorType, apiMessage, requestId);
  }
}
