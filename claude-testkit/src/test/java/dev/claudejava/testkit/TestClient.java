package dev.claudejava.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A java.net.http client for the testkit's own tests, with the headers a real client sends. */
final class TestClient {

  static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private final MockClaudeServer server;

  TestClient(MockClaudeServer server) {
    this.server = server;
  }

  /** A request to {@code path} with the server's key and the API version set. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("x-api-key", server.apiKey())
        .header("anthropic-version", "2023-06-01");
  }

  HttpResponse<String> post(String path, String json) {
    return send(request(path).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  HttpResponse<String> messages(JsonNode body) {
    return post("/v1/messages", body.toString());
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A minimal valid Messages body: one user turn. */
  static ObjectNode body(String model, String userText) {
    ObjectNode body = Json.object();
    body.put("model", model);
    body.put("max_tokens", 1024);
    ObjectNode message = body.putArray("messages").addObject();
    message.put("role", "user");
    message.put("content", userText);
    return body;
  }

  static ObjectNode body(String userText) {
    return body("claude-sonnet-4-6", userText);
  }

  static ObjectNode streamed(String userText) {
    ObjectNode body = body(userText);
    body.put("stream", true);
    return body;
  }

  static JsonNode json(String text) {
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  /** One server-sent event. */
  record Event(String event, String data) {
    JsonNode json() {
      return TestClient.json(data);
    }

    String type() {
      return json().path("type").asText();
    }
  }

  /** Parses an event stream as the SSE specification does (fields per line, events end at a blank line). */
  static List<Event> events(String body) {
    List<Event> events = new ArrayList<>();
    String event = null;
    StringBuilder data = null;
    for (String line : body.split("\r\n|\n|\r", -1)) {
      if (line.isEmpty()) {
        if (data != null) {
          events.add(new Event(event == null ? "message" : event, data.toString()));
        }
        event = null;
        data = null;
      } else if (line.startsWith("event:")) {
        event = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        String value = line.substring(5);
        value = value.startsWith(" ") ? value.substring(1) : value;
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
    if (data != null) {
      events.add(new Event(event == null ? "message" : event, data.toString()));
    }
    return events;
  }

  static List<String> types(List<Event> events) {
    List<String> types = new ArrayList<>();
    events.forEach(e -> types.add(e.event()));
    return types;
  }
}
