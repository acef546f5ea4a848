package dev.claudejava.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text block.
 *
 * @param text the text
 * @param citations the citations that support the text, as the API sent them (their shapes vary by
 *     source: {@code char_location}, {@code page_location}, {@code web_search_result_location}, ...)
 * @param cacheControl a cache breakpoint, or null
 */
public record TextBlock(String text, List<ObjectNode> citations, @Nullable CacheControl cacheControl)
    implements CacheableBlock {

  public TextBlock {
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
  }

  /** A plain text block. */
  public static TextBlock of(String text) {
    return new TextBlock(text, List.of(), null);
  }

  @Override
  public String type() {
    return "text";
  }

  @Override
  public TextBlock withCacheControl(@Nullable CacheControl cacheControl) {
    return new TextBlock(text, citations, cacheControl);
  }
}
