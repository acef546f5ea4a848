package dev.claudejava.model;

import dev.claudejava.internal.Wire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to the Messages API ({@code POST /v1/messages}).
 *
 * <pre>{@code
 * MessageRequest request = MessageRequest.builder()
 *     .model("claude-opus-4-8")
 *     .maxTokens(1024)
 *     .system("You are terse.")
 *     .addUserMessage("Hello, Claude")
 *     .build();
 * }</pre>
 *
 * <p>On the wire, every field but {@code messages} comes first, in a fixed order, and
 * {@code messages} comes last: requests that differ only in their conversation share a byte-identical
 * prefix, which is what the prompt cache matches. Absent values are omitted, never sent as null.
 *
 * @param model the model id
 * @param maxTokens the most tokens the reply may have (always sent)
 * @param messages the conversation: first turn {@code user}, turns alternating
 * @param system the system prompt's text blocks (empty for none)
 * @param tools the tools the model may call
 * @param toolChoice how the model may use them, or null for the API's default ({@code auto})
 * @param thinking whether the model thinks, or null to send nothing
 * @param outputConfig effort and structured output, or null to send nothing
 * @param cacheControl a top-level cache breakpoint (the API puts it on the last cacheable block), or null
 * @param metadataUserId an opaque id of the end user ({@code metadata.user_id}), or null
 * @param stopSequences custom sequences that stop generation
 * @param temperature sampling temperature, or null (rejected by the Opus 4.8 family)
 * @param topP nucleus sampling, or null (rejected by the Opus 4.8 family)
 * @param topK top-k sampling, or null (rejected by the Opus 4.8 family)
 */
public record MessageRequest(
    String model,
    int maxTokens,
    List<MessageParam> messages,
    List<TextBlock> system,
    List<ToolDefinition> tools,
    @Nullable ToolChoice toolChoice,
    @Nullable ThinkingConfig thinking,
    @Nullable OutputConfig outputConfig,
    @Nullable CacheControl cacheControl,
    @Nullable String metadataUserId,
    List<String> stopSequences,
    @Nullable Double temperature,
    @Nullable Double topP,
    @Nullable Integer topK) {

  public MessageRequest {
    Objects.requireNonNull(model, "model");
    if (model.isBlank()) {
      throw new IllegalArgumentException("model is blank; name a model id such as \"claude-opus-4-8\"");
    }
    if (maxTokens < 0) {
      throw new IllegalArgumentException("maxTokens is " + maxTokens + "; it must be 0 or more");
    }
    messages = List.copyOf(messages);
    system = List.copyOf(system);
    tools = List.copyOf(tools);
    stopSequences = List.copyOf(stopSequences);
  }

  /** A builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this request. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This request with {@code messages} in place of its own. */
  public MessageRequest withMessages(List<MessageParam> messages) {
    return new MessageRequest(
        model, maxTokens, messages, system, tools, toolChoice, thinking, outputConfig, cacheControl,
        metadataUserId, stopSequences, temperature, topP, topK);
  }

  /** The system prompt's text, joined; empty when there is none. */
  public String systemText() {
    StringBuilder text = new StringBuilder();
    for (TextBlock block : system) {
      text.append(block.text());
    }
    return text.toString();
  }

  /** This request as the JSON body the client sends (without {@code "stream"}). */
  public String toJson() {
    return Wire.toJson(this);
  }

  /** Builds a {@link MessageRequest}; {@code model} and {@code maxTokens} are required. */
  public static final class Builder {
    private @Nullable String model;
    private @Nullable Integer maxTokens;
    private final List<MessageParam> messages = new ArrayList<>();
    private final List<TextBlock> system = new ArrayList<>();
    private final List<ToolDefinition> tools = new ArrayList<>();
    private @Nullable ToolChoice toolChoice;
    private @Nullable ThinkingConfig thinking;
    private @Nullable OutputConfig outputConfig;
    private @Nullable CacheControl cacheControl;
    private @Nullable String metadataUserId;
    private final List<String> stopSequences = new ArrayList<>();
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable Integer topK;

    private Builder() {}

    private Builder(MessageRequest request) {
      model = request.model;
      maxTokens = request.maxTokens;
      messages.addAll(request.messages);
      system.addAll(request.system);
      tools.addAll(request.tools);
      toolChoice = request.toolChoice;
      thinking = request.thinking;
      outputConfig = request.outputConfig;
      cacheControl = request.cacheControl;
      metadataUserId = request.metadataUserId;
      stopSequences.addAll(request.stopSequences);
      temperature = request.temperature;
      topP = request.topP;
      topK = request.topK;
    }

    /** The model id, for example {@code "claude-opus-4-8"}. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** The most tokens the reply may have. */
    public Builder maxTokens(int maxTokens) {
      this.maxTokens = maxTokens;
      return this;
    }

    /** Replaces the conversation. */
    public Builder messages(List<MessageParam> messages) {
      this.messages.clear();
      this.messages.addAll(messages);
      return this;
    }

    /** Appends a turn. */
    public Builder addMessage(MessageParam message) {
      messages.add(message);
      return this;
    }

    /** Appends a user turn holding {@code text}. */
    public Builder addUserMessage(String text) {
      return addMessage(MessageParam.user(text));
    }

    /** Appends a user turn holding {@code blocks}. */
    public Builder addUserMessage(ContentBlock... blocks) {
      return addMessage(MessageParam.user(blocks));
    }

    /** Appends an assistant turn holding {@code text}. */
    public Builder addAssistantMessage(String text) {
      return addMessage(MessageParam.assistant(text));
    }

    /** The system prompt as one text block (empty text removes it). */
    public Builder system(String text) {
      system.clear();
      if (!text.isEmpty()) {
        system.add(TextBlock.of(text));
      }
      return this;
    }

    /** The system prompt as text blocks, which may carry cache breakpoints. */
    public Builder system(List<TextBlock> blocks) {
      system.clear();
      system.addAll(blocks);
      return this;
    }

    /** Replaces the tools. */
    public Builder tools(List<ToolDefinition> tools) {
      this.tools.clear();
      this.tools.addAll(tools);
      return this;
    }

    /** Appends a tool. */
    public Builder addTool(ToolDefinition tool) {
      tools.add(tool);
      return this;
    }

    /** How the model may use the tools; null for the API's default. */
    public Builder toolChoice(@Nullable ToolChoice toolChoice) {
      this.toolChoice = toolChoice;
      return this;
    }

    /** Whether the model thinks; null sends nothing. */
    public Builder thinking(@Nullable ThinkingConfig thinking) {
      this.thinking = thinking;
      return this;
    }

    /** Effort and structured output; null sends nothing. */
    public Builder outputConfig(@Nullable OutputConfig outputConfig) {
      this.outputConfig = outputConfig;
      return this;
    }

    /** A top-level cache breakpoint; null for none. */
    public Builder cacheControl(@Nullable CacheControl cacheControl) {
      this.cacheControl = cacheControl;
      return this;
    }

    /** An opaque id of the end user, sent as {@code metadata.user_id}; null for none. */
    public Builder metadataUserId(@Nullable String userId) {
      this.metadataUserId = userId;
      return this;
    }

    /** Replaces the stop sequences. */
    public Builder stopSequences(String... sequences) {
      return stopSequences(Arrays.asList(sequences));
    }

    /** Replaces the stop sequences. */
    public Builder stopSequences(List<String> sequences) {
      stopSequences.clear();
      stopSequences.addAll(sequences);
      return this;
    }

    /** Sampling temperature; null sends nothing. */
    public Builder temperature(@Nullable Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /** Nucleus sampling; null sends nothing. */
    public Builder topP(@Nullable Double topP) {
      this.topP = topP;
      return this;
    }

    /** Top-k sampling; null sends nothing. */
    public Builder topK(@Nullable Integer topK) {
      this.topK = topK;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException when {@code model} or {@code maxTokens} is not set
     */
    public MessageRequest build() {
      if (model == null) {
        throw new IllegalStateException("model is not set; call model(\"claude-opus-4-8\") or another model id");
      }
      if (maxTokens == null) {
        throw new IllegalStateException("maxTokens is not set; the API requires max_tokens on every request");
      }
      return new MessageRequest(
          model, maxTokens, messages, system, tools, toolChoice, thinking, outputConfig, cacheControl,
          metadataUserId, stopSequences, temperature, topP, topK);
    }
  }
}
