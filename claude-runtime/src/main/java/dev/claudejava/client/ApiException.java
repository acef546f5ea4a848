package dev.claudejava.client;

import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error: {@code {"type": "error", "error": {"type": ..., "message": ...}}}.
 * Its message reads {@code 429 rate_limit_error: <the API's message> (request-id req_...)}.
 *
 * <p>Each status the API documents has its own subclass; {@link #of} picks it. An error that arrives
 * inside a stream (an {@code error} event after a 200) is classified by its error type.
 */
public class ApiException extends ClaudeException {

  private final int statusCode;
  private final String errorType;
  private final String apiMessage;
  private final @Nullable String requestId;

  public ApiException(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    super(format(statusCode, errorType, apiMessage, requestId));
    this.statusCode = statusCode;
    this.errorType = errorType;
    this.apiMessage = apiMessage;
    this.requestId = requestId;
  }

  /**
   * The exception for an error response: by HTTP status when it is an error status, else (an error
   * event inside a stream) by the error type.
   */
  public static ApiException of(int statusCode, String errorType, String apiMessage, @Nullable String requestId) {
    int kind = statusCode >= 400 ? statusCode : statusForType(errorType);
    switch (kind) {
      case 400:
        return new BadRequestException(statusCode, errorType, apiMessage, requestId);
      case 401:
        return new AuthenticationException(statusCode, errorType, apiMessage, requestId);
      case 403:
        return new PermissionDeniedException(statusCode, errorType, apiMessage, requestId);
      case 404:
        return new NotFoundException(statusCode, errorType, apiMessage, requestId);
      case 413:
        return new RequestTooLargeException(statusCode, errorType, apiMessage, requestId);
      case 429:
        return new RateLimitException(statusCode, errorType, apiMessage, requestId);
      case 529:
        return new OverloadedException(statusCode, errorType, apiMessage, requestId);
      default:
        return kind >= 500
            ? new InternalServerException(statusCode, errorType, apiMessage, requestId)
            : new ApiException(statusCode, errorType, apiMessage, requestId);
    }
  }

  private static int statusForType(String errorType) {
    switch (errorType) {
      case "invalid_request_error":
        return 400;
      case "authentication_error":
        return 401;
      case "permission_error":
        return 403;
      case "not_found_error":
        return 404;
      case "request_too_large":
        return 413;
      case "rate_limit_error":
        return 429;
      case "overloaded_error":
        return 529;
      case "api_error":
        return 500;
      default:
        return 0;
    }
  }

  private static String format(int status, String type, String message, @Nullable String requestId) {
    StringBuilder text = new StringBuilder();
    text.append(status).append(' ').append(type).append(": ").append(message);
    if (requestId != null) {
      text.append(" (request-id ").append(requestId).append(')');
    }
    return text.toString();
  }

  /** The HTTP status (200 for an error event inside a stream). */
  public int statusCode() {
    return statusCode;
  }

  /** The API's error type, for example {@code "rate_limit_error"}. */
  public String errorType() {
    return errorType;
  }

  /** The API's message, as it sent it. */
  public String apiMessage() {
    return apiMessage;
  }

  /** The {@code request-id} the API gave the request, for its support team; null when there was none. */
  public @Nullable String requestId() {
    return requestId;
  }
}
