package dev.claudejava.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.claudejava.internal.Wire;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Parses a tool call's input from its concatenated {@code partial_json}. Complete JSON is parsed as
 * is; JSON cut short (a reply that hit {@code max_tokens} mid-call) is completed (the open string
 * closed, a dangling key or comma dropped, open arrays and objects closed) so that what arrived is
 * kept. Text that cannot be made into JSON is kept as a JSON string.
 */
final class PartialJson {

  private PartialJson() {}

  static JsonNode parse(String json) {
    if (json.isBlank()) {
      return Wire.objectNode();
    }
    try {
      return Wire.parse(json);
    } catch (IllegalArgumentException incomplete) {
      try {
        return Wire.parse(complete(json));
      } catch (IllegalArgumentException unrepairable) {
        return TextNode.valueOf(json);
      }
    }
  }

  /** {@code json} with its open string, arrays and objects closed. */
  static String complete(String json) {
    Deque<Character> open = new ArrayDeque<>();
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        open.push(c);
      } else if (c == '}' || c == ']') {
        open.poll();
      }
    }
    StringBuilder completed = new StringBuilder(json);
    if (inString) {
      if (escaped) {
        completed.setLength(completed.length() - 1);
      }
      completed.append('"');
    }
    trimDangling(completed);
    while (!open.isEmpty()) {
      trimDangling(completed);
      completed.append(open.pop() == '{' ? '}' : ']');
    }
    return completed.toString();
  }

  /** Drops a trailing comma, a trailing colon with its key, and white space. */
  private static void trimDangling(StringBuilder json) {
    while (json.length() > 0) {
      char last = json.charAt(json.length() - 1);
      if (Character.isWhitespace(last) || last == ',') {
        json.setLength(json.length() - 1);
      } else if (last == ':') {
        json.setLength(json.length() - 1);
        dropTrailingString(json);
      } else {
        return;
      }
    }
  }

  private static void dropTrailingString(StringBuilder json) {
    while (json.length() > 0 && Character.isWhitespace(json.charAt(json.length() - 1))) {
      json.setLength(json.length() - 1);
    }
    if (json.length() == 0 || json.charAt(json.length() - 1) != '"') {
      return;
    }
    int i = json.length() - 2;
    while (i >= 0 && !(json.charAt(i) == '"' && (i == 0 || json.charAt(i - 1) != '\\'))) {
      i--;
    }
    json.setLength(Math.max(i, 0));
  }
}
