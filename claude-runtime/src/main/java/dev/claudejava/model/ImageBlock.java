package dev.claudejava.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An image block.
 *
 * @param source the image
 * @param cacheControl a cache breakpoint, or null
 */
public record ImageBlock(Image source, @Nullable CacheControl cacheControl) implements CacheableBlock {

  public ImageBlock {
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String type() {
    return "image";
  }

  @Override
  public ImageBlock withCacheControl(@Nullable CacheControl cacheControl) {
    return new ImageBlock(source, cacheControl);
  }
}
