/**
 * The annotations of claude-java: {@link dev.claudejava.annotations.ClaudeAgent} on an interface,
 * {@link dev.claudejava.annotations.Tool} on the methods Claude may call, and the small enums they
 * take. The annotation processor reads them at compile time; only {@code @Tool} and {@code @Param}
 * are also read at run time, by the reflective tool set.
 */
package dev.claudejava.annotations;
