package dev.claudejava.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content of the replies the server paused ({@code stop_reason: pause_turn}). The API lets a
 * client continue a paused turn by sending it back as the final assistant turn, even on models that
 * refuse any other final assistant turn (a prefill); a conversation whose final assistant turn ends
 * with a paused reply's content is such a continuation.
 */
final class PausedTurns {

  private final Set<List<ObjectNode>> paused = ConcurrentHashMap.newKeySet();

  void remember(List<ObjectNode> content) {
    if (!content.isEmpty()) {
      paused.add(List.copyOf(content));
    }
  }

  /** Whether {@code content}, a final assistant turn, ends with the content of a paused reply. */
  boolean continues(JsonNode content) {
    if (!content.isArray()) {
      return false;
    }
    for (List<ObjectNode> reply : paused) {
      int offset = content.size() - reply.size();
      if (offset < 0) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < reply.size() && same; i++) {
        same = reply.get(i).equals(content.get(offset + i));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  void clear() {
    paused.clear();
  }
}
