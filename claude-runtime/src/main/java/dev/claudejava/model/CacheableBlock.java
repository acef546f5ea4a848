package dev.claudejava.model;

import org.jspecify.annotations.Nullable;

/** A content block that may carry a prompt-cache breakpoint ({@code cache_control}). */
public sealed interface CacheableBlock extends ContentBlock
    permits TextBlock, ImageBlock, DocumentBlock, ToolUseBlock, ToolResultBlock {

  /** The block's cache breakpoint, or null for none. */
  @Nullable CacheControl cacheControl();

  /** This block with the given cache breakpoint (null removes it). */
  CacheableBlock withCacheControl(@Nullable CacheControl cacheControl);
}
