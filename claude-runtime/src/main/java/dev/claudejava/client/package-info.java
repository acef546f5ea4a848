/**
 * The wire client: {@link dev.claudejava.client.ClaudeClient} and its configuration, and the typed
 * exceptions every part of the library throws, under one unchecked root,
 * {@link dev.claudejava.client.ClaudeException}.
 */
@NullMarked
package dev.claudejava.client;

import org.jspecify.annotations.NullMarked;
