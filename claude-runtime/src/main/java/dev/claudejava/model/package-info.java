/**
 * The Messages API's types as immutable values: the request ({@link dev.claudejava.model.MessageRequest}),
 * the reply ({@link dev.claudejava.model.Message}), and the content blocks both are made of, a sealed
 * hierarchy in which {@link dev.claudejava.model.UnknownBlock} keeps any block type the API adds
 * later, so that it round-trips unchanged.
 *
 * <p>Lists are never null (an absent list is empty); values that may be absent are marked
 * {@code @Nullable}.
 */
@NullMarked
package dev.claudejava.model;

import org.jspecify.annotations.NullMarked;
