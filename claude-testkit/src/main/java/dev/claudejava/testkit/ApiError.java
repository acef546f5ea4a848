package dev.claudejava.testkit;

/**
 * An error the server answers with, as the API words it.
 *
 * @param status the HTTP status
 * @param type the {@code error.type}, for example {@code invalid_request_error}
 * @param message the {@code error.message}
 * @param shouldRetry the {@code x-should-retry} header the API sends with it
 */
record ApiError(int status, String type, String message, boolean shouldRetry) {

  /** An error with the API's own {@code x-should-retry}: true for 408, 409, 429 and 5xx. */
  ApiError(int status, String type, String message) {
    this(status, type, message, status == 408 || status == 409 || status == 429 || status >= 500);
  }

  static ApiError invalidRequest(String message) {
    return new ApiError(400, "invalid_request_error", message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, "not_found_error", message);
  }

  static ApiError authentication(String message) {
    return new ApiError(401, "authentication_error", message);
  }

  /** A mistake in the test's script rather than in the client: a 500 that clients are told not to retry. */
  static ApiError script(String message) {
    return new ApiError(500, "api_error", "MockClaudeServer script error: " + message, false);
  }
}
