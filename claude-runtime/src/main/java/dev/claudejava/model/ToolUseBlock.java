package dev.claudejava.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The model's request to call a tool.
 *
 * @param id the id that the matching {@link ToolResultBlock} must carry
 * @param name the tool's name
 * @param input the arguments, a JSON object (as the model wrote it, not yet checked against the schema)
 * @param cacheControl a cache breakpoint, or null
 */
public record ToolUseBlock(String id, String name, JsonNode input, @Nullable CacheControl cacheControl)
    implements CacheableBlock {

  public ToolUseBlock {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
  }

  @Override
  public String type() {
    return "tool_use";
  }

  @Override
  public ToolUseBlock withCacheControl(@Nullable CacheControl cacheControl) {
    return new ToolUseBlock(id, name, input, cacheControl);
  }
}
