package dev.claudejava.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a tool call, sent back in the user turn that follows the assistant's
 * {@link ToolUseBlock}.
 *
 * @param toolUseId the id of the {@link ToolUseBlock} this answers
 * @param content the result: text, images or documents (a string result is one text block)
 * @param isError whether the tool failed, so that the model can react
 * @param cacheControl a cache breakpoint, or null
 */
public record ToolResultBlock(
    String toolUseId, List<ContentBlock> content, boolean isError, @Nullable CacheControl cacheControl)
    implements CacheableBlock {

  public ToolResultBlock {
    Objects.requireNonNull(toolUseId, "toolUseId");
    content = List.copyOf(content);
  }

  /** A successful result holding text. */
  public static ToolResultBlock of(String toolUseId, String text) {
    return new ToolResultBlock(toolUseId, List.of(TextBlock.of(text)), false, null);
  }

  /** A failed result: the model reads {@code message} and may try again. */
  public static ToolResultBlock error(String toolUseId, String message) {
    return new ToolResultBlock(toolUseId, List.of(TextBlock.of(message)), true, null);
  }

  @Override
  public String type() {
    return "tool_result";
  }

  /** The text blocks of the result, joined. */
  public String text() {
    return Message.joinText(content);
  }

  @Override
  public ToolResultBlock withCacheControl(@Nullable CacheControl cacheControl) {
    return new ToolResultBlock(toolUseId, content, isError, cacheControl);
  }
}
