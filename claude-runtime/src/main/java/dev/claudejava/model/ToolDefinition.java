package dev.claudejava.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A tool the model may call, as the request's {@code tools} lists it.
 *
 * @param name the tool's name, {@code ^[a-zA-Z0-9_-]{1,64}$}
 * @param description what the tool does, for the model, or null
 * @param inputSchema the JSON schema of the tool's input: an object schema; treat it as read-only
 * @param strict whether the API guarantees that the input matches the schema ({@code "strict": true})
 * @param cacheControl a cache breakpoint, or null
 */
public record ToolDefinition(
    String name,
    @Nullable String description,
    ObjectNode inputSchema,
    boolean strict,
    @Nullable CacheControl cacheControl) {

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  public ToolDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inputSchema, "inputSchema");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "tool name '" + name + "' does not match ^[a-zA-Z0-9_-]{1,64}$; use letters, digits, '_' and '-'");
    }
  }

  /** A non-strict tool with no cache breakpoint. */
  public static ToolDefinition of(String name, @Nullable String description, ObjectNode inputSchema) {
    return new ToolDefinition(name, description, inputSchema, false, null);
  }

  /** This definition with the given cache breakpoint (null removes it). */
  public ToolDefinition withCacheControl(@Nullable CacheControl cacheControl) {
    return new ToolDefinition(name, description, inputSchema, strict, cacheControl);
  }
}
