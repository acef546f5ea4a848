package dev.claudejava.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A model the {@link MockClaudeServer} knows: requests naming any other model get a 404
 * {@code not_found_error}, {@code max_tokens} above {@link #maxOutputTokens} a 400, and
 * {@code GET /v1/models} lists them newest first. The rules that differ between model families follow
 * from the id ({@link #rejectsSamplingParameters()}, {@link #rejectsPrefill()}).
 *
 * @param id the model id requests name, for example {@code "claude-opus-4-8"}
 * @param displayName the human-readable name
 * @param createdAt the release date
 * @param maxInputTokens the context window
 * @param maxOutputTokens the largest {@code max_tokens} a request may ask for
 */
public record MockModel(String id, String displayName, Instant createdAt, int maxInputTokens, int maxOutputTokens) {

  /** Claude Opus 4.8: a 1,000,000-token context, up to 128,000 output tokens. */
  public static final MockModel CLAUDE_OPUS_4_8 = new MockModel(
      "claude-opus-4-8", "Claude Opus 4.8", Instant.parse("2026-05-28T00:00:00Z"), 1_000_000, 128_000);

  /** Claude Sonnet 4.6: a 1,000,000-token context, up to 64,000 output tokens. */
  public static final MockModel CLAUDE_SONNET_4_6 = new MockModel(
      "claude-sonnet-4-6", "Claude Sonnet 4.6", Instant.parse("2026-02-17T00:00:00Z"), 1_000_000, 64_000);

  /** Claude Haiku 4.5: a 200,000-token context, up to 64,000 output tokens. */
  public static final MockModel CLAUDE_HAIKU_4_5 = new MockModel(
      "claude-haiku-4-5", "Claude Haiku 4.5", Instant.parse("2025-10-15T00:00:00Z"), 200_000, 64_000);

  /** The models every server knows unless its builder replaces them. */
  public static final List<MockModel> DEFAULTS = List.of(CLAUDE_OPUS_4_8, CLAUDE_SONNET_4_6, CLAUDE_HAIKU_4_5);

  /** Checks the values. */
  public MockModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(createdAt, "createdAt");
    if (id.isBlank() || id.indexOf('/') >= 0 || id.indexOf('?') >= 0) {
      throw new IllegalArgumentException("a model id must be non-blank and fit in a URL path segment: '" + id + "'");
    }
    if (maxInputTokens < 1 || maxOutputTokens < 1) {
      throw new IllegalArgumentException("model " + id + " needs positive token limits, not maxInputTokens "
          + maxInputTokens + " and maxOutputTokens " + maxOutputTokens);
    }
  }

  /**
   * Whether the model rejects {@code temperature}, {@code top_p} and {@code top_k} whatever the API
   * version: the Opus 4.7 and 4.8 families (ids starting {@code claude-opus-4-7} or
   * {@code claude-opus-4-8}).
   */
  public boolean rejectsSamplingParameters() {
    return id.startsWith("claude-opus-4-7") || id.startsWith("claude-opus-4-8");
  }

  /**
   * Whether the model rejects a conversation that ends with an assistant turn (a prefill): the Claude
   * 4.6 models and later (ids starting {@code claude-opus-4-6}, {@code claude-opus-4-7},
   * {@code claude-opus-4-8} or {@code claude-sonnet-4-6}).
   */
  public boolean rejectsPrefill() {
    return id.startsWith("claude-opus-4-6") || id.startsWith("claude-sonnet-4-6") || rejectsSamplingParameters();
  }

  /**
   * The model as {@code GET /v1/models} describes it: the fields of the OpenAPI {@code ModelInfo} and
   * those the current official SDK requires too ({@code lifecycle}, {@code line},
   * {@code capabilities.server_tools}, every {@code capabilities.thinking.types} entry).
   */
  ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("type", "model");
    json.put("id", id);
    json.put("display_name", displayName);
    json.put("created_at", createdAt.toString());
    json.put("max_input_tokens", maxInputTokens);
    json.put("max_tokens", maxOutputTokens);
    json.put("lifecycle", "active");
    for (String line : List.of("opus", "sonnet", "haiku")) {
      if (id.startsWith("claude-" + line)) {
        json.put("line", line);
      }
    }
    json.putNull("deprecated_at");
    json.putNull("retires_at");
    ObjectNode capabilities = json.putObject("capabilities");
    supported(capabilities, "batch", true);
    supported(capabilities, "citations", true);
    supported(capabilities, "code_execution", true);
    ObjectNode contextManagement = capabilities.putObject("context_management");
    supported(contextManagement, "clear_thinking_20251015", true);
    supported(contextManagement, "clear_tool_uses_20250919", true);
    supported(contextManagement, "compact_20260112", true);
    contextManagement.put("supported", true);
    ObjectNode effort = capabilities.putObject("effort");
    supported(effort, "high", true);
    supported(effort, "low", true);
    supported(effort, "max", true);
    supported(effort, "medium", true);
    effort.put("supported", true);
    supported(effort, "xhigh", rejectsSamplingParameters());
    supported(capabilities, "image_input", true);
    supported(capabilities, "pdf_input", true);
    ObjectNode serverTools = capabilities.putObject("server_tools");
    supported(serverTools, "code_execution", true);
    serverTools.put("supported", true);
    supported(serverTools, "web_search", true);
    supported(capabilities, "structured_outputs", true);
    ObjectNode thinking = capabilities.putObject("thinking");
    thinking.put("supported", true);
    ObjectNode types = thinking.putObject("types");
    // the server accepts adaptive thinking only: budget_tokens / type "enabled" are rejected
    supported(types, "adaptive", true);
    supported(types, "between_tools", true);
    supported(types, "disabled", true);
    supported(types, "enabled", false);
    return json;
  }

  private static void supported(ObjectNode parent, String name, boolean supported) {
    parent.putObject(name).put("supported", supported);
  }
}
