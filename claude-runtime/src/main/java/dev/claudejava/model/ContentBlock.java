package dev.claudejava.model;

/**
 * One block of a turn's content. The API's content is always a list of typed blocks; never assume
 * that the first one is text.
 *
 * <p>The hierarchy is sealed so that a {@code switch} over it is checked; {@link UnknownBlock} holds
 * any type this version of the library does not know, and sends it back unchanged.
 */
public sealed interface ContentBlock
    permits CacheableBlock, ThinkingBlock, RedactedThinkingBlock, UnknownBlock {

  /** The block's {@code type} as the API spells it, for example {@code "text"}. */
  String type();
}
