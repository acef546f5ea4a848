/**
 * Streaming: a reply delivered as server-sent events while the model writes it.
 * {@link dev.claudejava.stream.MessageStream} gives the typed {@link dev.claudejava.stream.StreamEvent}s,
 * the text alone, callbacks, and the final {@link dev.claudejava.model.Message}, equal to what the
 * non-streaming call returns; {@link dev.claudejava.stream.MessageAccumulator} rebuilds that message
 * from events and can be used on its own.
 */
@NullMarked
package dev.claudejava.stream;

import org.jspecify.annotations.NullMarked;
