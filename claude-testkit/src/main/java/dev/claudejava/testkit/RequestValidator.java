package dev.claudejava.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@code /v1/messages} or {@code /v1/messages/count_tokens} body the way the API does, and
 * answers with the API's own wording where it is known (field paths like {@code messages.2.content.0},
 * pydantic-style {@code Field required} and {@code Extra inputs are not permitted}).
 *
 * <p>Like the API, it merges consecutive turns of the same role before checking how tool calls and
 * results pair up, so indices in those messages count merged turns.
 */
final class RequestValidator {

  /** The properties of {@code CreateMessageParams}, which allows no others. */
  static final List<String> MESSAGE_FIELDS = List.of(
      "model", "messages", "cache_control", "container", "inference_geo", "max_tokens", "metadata",
      "output_config", "service_tier", "stop_sequences", "stream", "system", "temperature", "thinking",
      "tool_choice", "tools", "top_k", "top_p");

  /** The properties of {@code CountMessageTokensParams}, which allows no others. */
  static final List<String> COUNT_TOKENS_FIELDS = List.of(
      "cache_control", "messages", "model", "output_config", "system", "thinking", "tool_choice", "tools");

  /** The most {@code cache_control} breakpoints one request may carry. */
  static final int MAX_CACHE_BREAKPOINTS = 4;

  private static final List<String> SAMPLING_PARAMETERS = List.of("temperature", "top_p", "top_k");
  private static final List<String> EFFORT_LEVELS = List.of("low", "medium", "high", "xhigh", "max");

  /** Fields each known input block type requires. */
  private static final Map<String, List<String>> REQUIRED_BLOCK_FIELDS = Map.of(
      "text", List.of("text"),
      "image", List.of("source"),
      "document", List.of("source"),
      "tool_use", List.of("id", "name", "input"),
      "tool_result", List.of("tool_use_id"),
      "thinking", List.of("thinking", "signature"),
      "redacted_thinking", List.of("data"));

  /** The API version that removed the sampling parameters and tightened document and citation rules. */
  static final String VERSION_2026_10_21 = "2026-10-21";

  private static final String ENABLED_THINKING = "\"thinking.type.enabled\" is not supported for this model."
      + " Use \"thinking.type.adaptive\" and \"output_config.effort\" to control thinking behavior.";

  /** A turn after consecutive turns of one role were merged. */
  private record Turn(String role, List<JsonNode> blocks) {}

  /** Ends validation with the error to answer. */
  private static final class Rejected extends RuntimeException {
    final ApiError error;

    Rejected(ApiError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  private final Map<String, MockModel> models;

  RequestValidator(Map<String, MockModel> models) {
    this.models = models;
  }

  /**
   * The error the API would answer {@code body} with at {@code endpoint} under {@code apiVersion}, or
   * null when it is valid.
   */
  @Nullable ApiError validate(
      Endpoint endpoint, JsonNode body, String apiVersion, ThinkingLedger ledger, PausedTurns paused) {
    try {
      check(endpoint, body, apiVersion, ledger, paused);
      return null;
    } catch (Rejected rejected) {
      return rejected.error;
    }
  }

  private void check(
      Endpoint endpoint, JsonNode body, String apiVersion, ThinkingLedger ledger, PausedTurns paused) {
    if (!body.isObject()) {
      reject("The request body must be a JSON object, not " + kind(body));
    }
    boolean messagesEndpoint = endpoint == Endpoint.MESSAGES;
    List<String> allowed = messagesEndpoint ? MESSAGE_FIELDS : COUNT_TOKENS_FIELDS;
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        reject(name + ": Extra inputs are not permitted");
      }
    }
    require(body, "model", "");
    require(body, "messages", "");
    if (messagesEndpoint) {
      require(body, "max_tokens", "");
    }
    if (!body.get("model").isTextual()) {
      reject("model: Input should be a valid string");
    }
    if (messagesEndpoint) {
      JsonNode maxTokens = body.get("max_tokens");
      if (!maxTokens.isIntegralNumber()) {
        reject("max_tokens: Input should be a valid integer");
      }
      if (maxTokens.asLong() < 1) {
        reject("max_tokens: Input should be greater than or equal to 1");
      }
      JsonNode stream = body.get("stream");
      if (stream != null && !stream.isBoolean()) {
        reject("stream: Input should be a valid boolean");
      }
    }
    List<Turn> turns = readMessages(body.get("messages"));

    String modelId = body.get("model").textValue();
    MockModel model = models.get(modelId);
    if (model == null) {
      throw new Rejected(ApiError.notFound("model: " + modelId));
    }
    if (messagesEndpoint && body.get("max_tokens").asLong() > model.maxOutputTokens()) {
      reject("max_tokens: " + body.get("max_tokens").asLong() + " > " + model.maxOutputTokens()
          + ", which is the maximum allowed number of output tokens for " + modelId);
    }
    boolean version20261021 = apiVersion.equals(VERSION_2026_10_21);
    for (String parameter : SAMPLING_PARAMETERS) {
      if (body.has(parameter) && version20261021) {
        // API version 2026-10-21 removed the parameters from the request schema
        reject(parameter + ": Extra inputs are not permitted");
      }
      if (body.has(parameter) && model.rejectsSamplingParameters()) {
        reject("`" + parameter + "` is deprecated for this model.");
      }
    }
    JsonNode lastTurn = body.get("messages").get(body.get("messages").size() - 1);
    if (messagesEndpoint && model.rejectsPrefill() && lastTurn.path("role").asText().equals("assistant")
        && !paused.continues(lastTurn.path("content"))) {
      reject("This model does not support assistant message prefill. The conversation must end with a user message.");
    }
    if (version20261021) {
      checkVersion20261021Content(body.get("messages"));
    }
    checkThinking(body.get("thinking"));
    checkThinkingWithToolChoice(body.get("thinking"), body.get("tool_choice"));
    checkOutputConfig(body.get("output_config"));
    checkToolPairs(turns);
    checkTools(body.get("tools"));
    int breakpoints = countCacheBreakpoints(body);
    if (breakpoints > MAX_CACHE_BREAKPOINTS) {
      reject("A maximum of " + MAX_CACHE_BREAKPOINTS + " blocks with cache_control may be provided. Found "
          + breakpoints + ".");
    }
    if (messagesEndpoint) {
      for (int m = 0; m < turns.size(); m++) {
        if (turns.get(m).role().equals("assistant")) {
          ApiError thinkingError = ledger.check(m, turns.get(m).blocks());
          if (thinkingError != null) {
            throw new Rejected(thinkingError);
          }
        }
      }
    }
  }

  /** Checks every message and returns the conversation with consecutive same-role turns merged. */
  private static List<Turn> readMessages(JsonNode messages) {
    if (!messages.isArray()) {
      reject("messages: Input should be a valid list");
    }
    if (messages.isEmpty()) {
      reject("messages: at least one message is required");
    }
    List<Turn> merged = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      String at = "messages." + i;
      if (!message.isObject()) {
        reject(at + ": Input should be a valid dictionary");
      }
      for (Iterator<String> names = message.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("role") && !name.equals("content")) {
          reject(at + "." + name + ": Extra inputs are not permitted");
        }
      }
      require(message, "role", at + ".");
      require(message, "content", at + ".");
      String role = message.get("role").asText();
      if (role.equals("system")) {
        reject("messages: Unexpected role \"system\". The Messages API accepts a top-level `system` parameter,"
            + " not \"system\" as an input message role.");
      }
      if (!role.equals("user") && !role.equals("assistant")) {
        reject(at + ".role: Input should be 'user' or 'assistant'");
      }
      List<JsonNode> blocks = readContent(message.get("content"), at);
      boolean finalAssistant = i == messages.size() - 1 && role.equals("assistant");
      if (blocks.isEmpty() && !finalAssistant) {
        reject(at + ": all messages must have non-empty content except for the optional final assistant message");
      }
      if (!merged.isEmpty() && merged.get(merged.size() - 1).role().equals(role)) {
        merged.get(merged.size() - 1).blocks().addAll(blocks);
      } else {
        merged.add(new Turn(role, new ArrayList<>(blocks)));
      }
    }
    if (!merged.get(0).role().equals("user")) {
      reject("messages: first message must use the \"user\" role");
    }
    return merged;
  }

  private static List<JsonNode> readContent(JsonNode content, String at) {
    if (content.isTextual()) {
      if (content.textValue().isEmpty()) {
        return List.of();
      }
      ObjectNode text = Json.object();
      text.put("type", "text");
      text.put("text", content.textValue());
      return List.of(text);
    }
    if (!content.isArray()) {
      reject(at + ".content: Input should be a valid string or a list of content blocks, not " + kind(content));
    }
    List<JsonNode> blocks = new ArrayList<>();
    for (int k = 0; k < content.size(); k++) {
      JsonNode block = content.get(k);
      String blockAt = at + ".content." + k;
      if (!block.isObject()) {
        reject(blockAt + ": Input should be a valid dictionary");
      }
      require(block, "type", blockAt + ".");
      for (String field : REQUIRED_BLOCK_FIELDS.getOrDefault(block.get("type").asText(), List.of())) {
        require(block, field, blockAt + ".");
      }
      blocks.add(block);
    }
    return blocks;
  }

  private static void checkToolPairs(List<Turn> turns) {
    for (int m = 0; m < turns.size(); m++) {
      Turn turn = turns.get(m);
      if (turn.role().equals("user")) {
        Set<String> offered = m > 0 ? ids(turns.get(m - 1), "tool_use", "id") : Set.of();
        for (int k = 0; k < turn.blocks().size(); k++) {
          JsonNode block = turn.blocks().get(k);
          if (block.path("type").asText().equals("tool_result")) {
            String id = block.path("tool_use_id").asText();
            if (!offered.contains(id)) {
              reject("messages." + m + ".content." + k + ": unexpected `tool_use_id` found in `tool_result` blocks: "
                  + id + ". Each `tool_result` block must have a corresponding `tool_use` block in the previous message.");
            }
          }
        }
      } else {
        Set<String> called = ids(turn, "tool_use", "id");
        Set<String> answered = m + 1 < turns.size() ? ids(turns.get(m + 1), "tool_result", "tool_use_id") : Set.of();
        List<String> unanswered = new ArrayList<>();
        for (String id : called) {
          if (!answered.contains(id)) {
            unanswered.add(id);
          }
        }
        if (!unanswered.isEmpty()) {
          reject("messages." + m + ": `tool_use` ids were found without `tool_result` blocks immediately after: "
              + String.join(", ", unanswered)
              + ". Each `tool_use` block must have a corresponding `tool_result` block in the next message.");
        }
      }
    }
  }

  private static Set<String> ids(Turn turn, String blockType, String idField) {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode block : turn.blocks()) {
      if (block.path("type").asText().equals(blockType)) {
        ids.add(block.path(idField).asText());
      }
    }
    return ids;
  }

  private static void checkThinking(@Nullable JsonNode thinking) {
    if (thinking == null || thinking.isNull()) {
      return;
    }
    if (!thinking.isObject()) {
      reject("thinking: Input should be a valid dictionary");
    }
    String type = thinking.path("type").asText(null);
    if ("enabled".equals(type) || thinking.has("budget_tokens")) {
      reject(ENABLED_THINKING);
    }
    if (type == null) {
      reject("thinking.type: Field required");
    }
    if (!type.equals("adaptive") && !type.equals("disabled")) {
      reject("thinking: Input tag '" + type + "' found using 'type' does not match any of the expected tags:"
          + " 'enabled', 'disabled', 'adaptive'");
    }
    for (Iterator<String> names = thinking.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      boolean known = name.equals("type") || (type.equals("adaptive") && name.equals("display"));
      if (!known) {
        reject("thinking." + type + "." + name + ": Extra inputs are not permitted");
      }
    }
    JsonNode display = thinking.get("display");
    if (display != null && !display.isNull()
        && !display.asText().equals("summarized") && !display.asText().equals("omitted")) {
      reject("thinking.adaptive.display: Input should be 'summarized' or 'omitted'");
    }
  }

  /** Forced tool use leaves no room for thinking. */
  private static void checkThinkingWithToolChoice(@Nullable JsonNode thinking, @Nullable JsonNode toolChoice) {
    boolean thinkingOn = thinking != null && thinking.isObject() && !thinking.path("type").asText().equals("disabled");
    String choice = toolChoice == null ? "" : toolChoice.path("type").asText();
    if (thinkingOn && (choice.equals("any") || choice.equals("tool"))) {
      reject("Thinking may not be enabled when tool_choice forces tool use.");
    }
  }

  /**
   * What API version 2026-10-21 no longer accepts in messages: a document block directly in an
   * assistant turn, and citations on a text block of a user turn (directly or in a search_result).
   */
  private static void checkVersion20261021Content(JsonNode messages) {
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      String role = message.path("role").asText();
      JsonNode content = message.path("content");
      for (int k = 0; k < content.size(); k++) {
        JsonNode block = content.get(k);
        String at = "messages." + i + ".content." + k;
        String type = block.path("type").asText();
        if (role.equals("assistant") && type.equals("document")) {
          reject(at + ": `document` blocks are not accepted in `assistant` messages in API version "
              + VERSION_2026_10_21 + "; send the document in a `user` message");
        }
        if (role.equals("user") && type.equals("text")) {
          rejectCitations(block, at);
        }
        if (role.equals("user") && type.equals("search_result")) {
          JsonNode inner = block.path("content");
          for (int j = 0; j < inner.size(); j++) {
            rejectCitations(inner.get(j), at + ".content." + j);
          }
        }
      }
    }
  }

  private static void rejectCitations(JsonNode textBlock, String at) {
    JsonNode citations = textBlock.path("citations");
    if (citations.isArray() && !citations.isEmpty()) {
      reject(at + ".citations: `citations` on `text` blocks in `user` messages are not accepted in API version "
          + VERSION_2026_10_21 + "; remove them");
    }
  }

  private static void checkOutputConfig(@Nullable JsonNode outputConfig) {
    if (outputConfig == null || outputConfig.isNull()) {
      return;
    }
    if (!outputConfig.isObject()) {
      reject("output_config: Input should be a valid dictionary");
    }
    for (Iterator<String> names = outputConfig.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("effort") && !name.equals("format")) {
        reject("output_config." + name + ": Extra inputs are not permitted");
      }
    }
    JsonNode effort = outputConfig.get("effort");
    if (effort != null && !effort.isNull() && !EFFORT_LEVELS.contains(effort.asText())) {
      reject("output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh' or 'max'");
    }
  }

  private static void checkTools(@Nullable JsonNode tools) {
    if (tools == null || tools.isNull()) {
      return;
    }
    if (!tools.isArray()) {
      reject("tools: Input should be a valid list");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tools.size(); i++) {
      JsonNode tool = tools.get(i);
      if (!tool.isObject()) {
        reject("tools." + i + ": Input should be a valid dictionary");
      }
      require(tool, "name", "tools." + i + ".");
      if (!names.add(tool.get("name").asText())) {
        reject("tools: Tool names must be unique.");
      }
    }
  }

  /** Breakpoints: the top-level one, and every system block, tool and content block that carries one. */
  private static int countCacheBreakpoints(JsonNode body) {
    int count = marked(body) ? 1 : 0;
    count += markedAmong(body.path("system"));
    count += markedAmong(body.path("tools"));
    for (JsonNode message : body.path("messages")) {
      for (JsonNode block : message.path("content")) {
        count += marked(block) ? 1 : 0;
        if (block.path("content").isArray()) {
          count += markedAmong(block.get("content"));
        }
      }
    }
    return count;
  }

  private static int markedAmong(JsonNode array) {
    int count = 0;
    if (array.isArray()) {
      for (JsonNode element : array) {
        count += marked(element) ? 1 : 0;
      }
    }
    return count;
  }

  private static boolean marked(JsonNode node) {
    return node.isObject() && node.has("cache_control") && !node.get("cache_control").isNull();
  }

  private static void require(JsonNode object, String field, String prefix) {
    if (!object.has(field) || object.get(field).isNull()) {
      reject(prefix + field + ": Field required");
    }
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static void reject(String message) {
    throw new Rejected(ApiError.invalidRequest(message));
  }
}
