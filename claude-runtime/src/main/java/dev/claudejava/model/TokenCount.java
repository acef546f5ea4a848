package dev.claudejava.model;

/**
 * The answer of {@code count_tokens}.
 *
 * @param inputTokens the input tokens the request would use
 */
public record TokenCount(long inputTokens) {}
