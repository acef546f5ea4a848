package dev.claudejava.tool;

import dev.claudejava.internal.Wire;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Image;
import dev.claudejava.model.TextBlock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a tool call returns to the model: content blocks (text, images, documents), and whether the
 * call failed.
 *
 * @param content the result's blocks
 * @param isError whether the tool failed; the model reads the content and may react
 */
public record ToolResult(List<ContentBlock> content, boolean isError) {

  private static final ToolResult EMPTY = new ToolResult(List.of(), false);
  private static final ToolResult DONE = text("done");

  public ToolResult {
    content = List.copyOf(content);
  }

  /**
   * A text result. Empty or null text is a result with no content (the API refuses empty text
   * blocks).
   */
  public static ToolResult text(@Nullable String text) {
    return text == null || text.isEmpty() ? EMPTY : new ToolResult(List.of(TextBlock.of(text)), false);
  }

  /** The result of a tool that returns nothing: a short confirmation, so that the model knows it ran. */
  public static ToolResult done() {
    return DONE;
  }

  /** A result made of blocks. */
  public static ToolResult of(ContentBlock... blocks) {
    return new ToolResult(List.of(blocks), false);
  }

  /** A result made of blocks. */
  public static ToolResult of(List<? extends ContentBlock> blocks) {
    return new ToolResult(List.copyOf(blocks), false);
  }

  /** An image result. */
  public static ToolResult image(Image image) {
    return of(image.toBlock());
  }

  /**
   * Any value as JSON text, written by the tool mapper (records, lists, maps, java.time values, ...);
   * null is {@code null}.
   *
   * @throws IllegalArgumentException when Jackson cannot write the value
   */
  public static ToolResult json(@Nullable Object value) {
    try {
      return text(ToolInput.MAPPER.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write the tool's result of type " + (value == null ? "null" : value.getClass().getName())
              + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A failed result: the model reads {@code message} and may try again. */
  public static ToolResult error(String message) {
    return new ToolResult(List.of(TextBlock.of(message)), true);
  }

  /** The text blocks, joined. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (ContentBlock block : content) {
      if (block instanceof TextBlock t) {
        text.append(t.text());
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return (isError ? "ToolResult[error: " : "ToolResult[") + Wire.abbreviate(text(), 200) + "]";
  }
}
