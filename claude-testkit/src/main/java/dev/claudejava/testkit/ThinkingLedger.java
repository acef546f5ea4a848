package dev.claudejava.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The thinking blocks the server sent in replies that ended in {@code tool_use}, so that a later
 * request must hand them back unchanged, as the API demands: an assistant turn recognised by one of
 * those tool_use ids must carry the same {@code thinking} (text and signature) and
 * {@code redacted_thinking} (data) blocks at the same positions.
 */
final class ThinkingLedger {

  private static final String MISSING = "messages.%d.content.%d.type: Expected `thinking` or `redacted_thinking`,"
      + " but found `%s`. When `thinking` is enabled, a final `assistant` message must start with a thinking"
      + " block (preceeding the lastmost set of `tool_use` and `tool_result` blocks). We recommend you include"
      + " thinking blocks from previous turns. To avoid this requirement, disable `thinking`. Please consult"
      + " our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking";

  private static final String INVALID_SIGNATURE = "Invalid `signature` in `thinking` block";

  private static final String MODIFIED = "`thinking` or `redacted_thinking` blocks in the latest assistant message"
      + " cannot be modified. These blocks must remain as they were in the original response.";

  /** A thinking or redacted_thinking block at its index in the reply's content. */
  private record Placed(int index, ObjectNode block) {}

  private final Map<String, List<Placed>> byToolUseId = new ConcurrentHashMap<>();

  /** Remembers the thinking blocks of a reply's content, keyed by each of its tool_use ids. */
  void remember(List<ObjectNode> content) {
    List<Placed> thinking = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      if (isThinking(content.get(i))) {
        thinking.add(new Placed(i, content.get(i)));
      }
    }
    if (thinking.isEmpty()) {
      return;
    }
    for (ObjectNode block : content) {
      if ("tool_use".equals(block.path("type").asText())) {
        byToolUseId.put(block.path("id").asText(), List.copyOf(thinking));
      }
    }
  }

  /**
   * The error for an assistant turn (its blocks, at {@code messageIndex}) that lacks or changes the
   * thinking blocks of the reply it repeats; null when it is not such a turn or repeats them exactly.
   */
  @Nullable ApiError check(int messageIndex, List<JsonNode> blocks) {
    List<Placed> expected = null;
    for (JsonNode block : blocks) {
      if ("tool_use".equals(block.path("type").asText())) {
        expected = byToolUseId.get(block.path("id").asText());
        if (expected != null) {
          break;
        }
      }
    }
    if (expected == null) {
      return null;
    }
    for (Placed placed : expected) {
      JsonNode actual = placed.index() < blocks.size() ? blocks.get(placed.index()) : null;
      if (actual == null || !isThinking(actual)) {
        String found = actual == null ? "the end of the content" : actual.path("type").asText();
        return ApiError.invalidRequest(String.format(MISSING, messageIndex, placed.index(), found));
      }
      if (!sameBlock(placed.block(), actual)) {
        return ApiError.invalidRequest("messages." + messageIndex + ".content." + placed.index() + ": "
            + (onlySignatureDiffers(placed.block(), actual) ? INVALID_SIGNATURE : MODIFIED));
      }
    }
    return null;
  }

  void clear() {
    byToolUseId.clear();
  }

  private static boolean isThinking(JsonNode block) {
    String type = block.path("type").asText();
    return type.equals("thinking") || type.equals("redacted_thinking");
  }

  private static boolean onlySignatureDiffers(JsonNode expected, JsonNode actual) {
    return expected.path("type").asText().equals("thinking") && actual.path("type").asText().equals("thinking")
        && Objects.equals(expected.path("thinking").textValue(), actual.path("thinking").textValue());
  }

  private static boolean sameBlock(JsonNode expected, JsonNode actual) {
    return expected.path("type").asText().equals(actual.path("type").asText())
        && Objects.equals(expected.path("thinking").textValue(), actual.path("thinking").textValue())
        && Objects.equals(expected.path("signature").textValue(), actual.path("signature").textValue())
        && Objects.equals(expected.path("data").textValue(), actual.path("data").textValue());
  }
}
