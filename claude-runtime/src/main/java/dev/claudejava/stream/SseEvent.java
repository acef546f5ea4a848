package dev.claudejava.stream;

import org.jspecify.annotations.Nullable;

/**
 * One server-sent event as the HTML standard's parsing defines it.
 *
 * @param event the {@code event:} field, or null when the event had none
 * @param data the {@code data:} lines joined with {@code \n}
 * @param id the last {@code id:} seen, or null
 */
record SseEvent(@Nullable String event, String data, @Nullable String id) {}
