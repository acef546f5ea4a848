package dev.claudejava.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request the {@link MockClaudeServer} received, exactly as it arrived. Its {@code toString()} names
 * the method, target and body size, never a header (so never the API key).
 */
public final class RecordedRequest {

  private final int sequence;
  private final String requestId;
  private final String method;
  private final String target;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private volatile @Nullable JsonNode json;

  RecordedRequest(int sequence, String requestId, IncomingRequest request) {
    this.sequence = sequence;
    this.requestId = requestId;
    this.method = request.method();
    this.target = request.target();
    Map<String, List<String>> copy = new LinkedHashMap<>();
    request.headers().forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = request.body();
  }

  /** 1 for the first request the server received (since it started or was last reset), 2 for the next... */
  public int sequence() {
    return sequence;
  }

  /** The {@code request-id} the server answered this request with. */
  public String requestId() {
    return requestId;
  }

  /** The method, for example {@code "POST"}. */
  public String method() {
    return method;
  }

  /** The request target as sent: path and query, for example {@code "/v1/models?limit=2"}. */
  public String target() {
    return target;
  }

  /** The path without the query, for example {@code "/v1/messages"}. */
  public String path() {
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  /** The raw query string without the {@code ?}, or null when there is none. */
  public @Nullable String query() {
    int query = target.indexOf('?');
    return query < 0 ? null : target.substring(query + 1);
  }

  /** The first value of a query parameter, URL-decoded, or null when absent. */
  public @Nullable String queryParameter(String name) {
    String query = query();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The first value of a header (names are case-insensitive), or null when absent. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every header, names in lower case, in the order they arrived. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body bytes as received (a copy). */
  public byte[] body() {
    return body.clone();
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body parsed as JSON (exact numbers kept); treat the tree as read-only.
   *
   * @throws IllegalStateException if the body is not JSON
   */
  public JsonNode json() {
    JsonNode parsed = json;
    if (parsed == null) {
      try {
        parsed = Json.parse(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the body of " + this + " is not JSON: " + e.getOriginalMessage(), e);
      }
      if (parsed.isMissingNode()) {
        throw new IllegalStateException("the body of " + this + " is empty, not JSON");
      }
      json = parsed;
    }
    return parsed;
  }

  /** Whether the body is a JSON object with {@code "stream": true}, the request for an event stream. */
  public boolean streamed() {
    return bodyIsJsonObject() && json().path("stream").isBoolean() && json().path("stream").booleanValue();
  }

  private boolean bodyIsJsonObject() {
    try {
      return json().isObject();
    } catch (IllegalStateException notJson) {
      return false;
    }
  }

  /** The sequence number, method, target and body size; never a header. */
  @Override
  public String toString() {
    return "request " + sequence + " (" + method + " " + target + ", " + body.length + " body bytes)";
  }
}
