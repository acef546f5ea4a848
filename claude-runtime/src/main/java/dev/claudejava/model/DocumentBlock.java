package dev.claudejava.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document block.
 *
 * @param source the document
 * @param title a title, or null
 * @param context context about the document that the model reads but does not cite, or null
 * @param citationsEnabled whether the model may cite passages of it ({@code "citations": {"enabled": true}})
 * @param cacheControl a cache breakpoint, or null
 */
public record DocumentBlock(
    Document source,
    @Nullable String title,
    @Nullable String context,
    boolean citationsEnabled,
    @Nullable CacheControl cacheControl)
    implements CacheableBlock {

  public DocumentBlock {
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String type() {
    return "document";
  }

  /** This block with a title. */
  public DocumentBlock withTitle(@Nullable String title) {
    return new DocumentBlock(source, title, context, citationsEnabled, cacheControl);
  }

  /** This block with citations enabled or not. */
  public DocumentBlock withCitations(boolean enabled) {
    return new DocumentBlock(source, title, context, enabled, cacheControl);
  }

  @Override
  public DocumentBlock withCacheControl(@Nullable CacheControl cacheControl) {
    return new DocumentBlock(source, title, context, citationsEnabled, cacheControl);
  }
}
