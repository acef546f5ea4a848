package dev.claudejava.testkit;

import org.jspecify.annotations.Nullable;

/** The API endpoints a {@link MockClaudeServer} answers; any other path gets a 404 {@code not_found_error}. */
public enum Endpoint {

  /** {@code POST /v1/messages}: answered from the script. */
  MESSAGES("POST", "/v1/messages"),

  /** {@code POST /v1/messages/count_tokens}: answered with {@link TokenEstimate#inputTokens}. */
  COUNT_TOKENS("POST", "/v1/messages/count_tokens"),

  /** {@code GET /v1/models}: a page of the server's models, newest first. */
  LIST_MODELS("GET", "/v1/models"),

  /** {@code GET /v1/models/{model_id}}: one of the server's models. */
  GET_MODEL("GET", "/v1/models/{model_id}");

  private static final String MODELS_PREFIX = "/v1/models/";

  private final String method;
  private final String path;

  Endpoint(String method, String path) {
    this.method = method;
    this.path = path;
  }

  /** The HTTP method, for example {@code "POST"}. */
  public String method() {
    return method;
  }

  /** The path, with {@code {model_id}} standing for the model id where there is one. */
  public String path() {
    return path;
  }

  /** The endpoint that {@code method} and {@code path} (without query) address, or null for none. */
  static @Nullable Endpoint match(String method, String path) {
    for (Endpoint endpoint : values()) {
      if (endpoint != GET_MODEL && endpoint.method.equals(method) && endpoint.path.equals(path)) {
        return endpoint;
      }
    }
    if (method.equals("GET") && path.startsWith(MODELS_PREFIX) && path.length() > MODELS_PREFIX.length()
        && path.indexOf('/', MODELS_PREFIX.length()) < 0) {
      return GET_MODEL;
    }
    return null;
  }

  /** The model id in a {@link #GET_MODEL} path. */
  static String modelId(String path) {
    return path.substring(MODELS_PREFIX.length());
  }

  /** The method and path, for example {@code "POST /v1/messages"}. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
