package dev.claudejava.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.model.ToolDefinition;
import java.util.List;

/**
 * A group of tools: their definitions, as the request lists them, and the dispatch that runs one.
 *
 * <p>The annotation processor generates an implementation for every class with
 * {@link dev.claudejava.annotations.Tool} methods; {@link ReflectiveToolSet} builds one at run time
 * for classes that were not processed. Implementations are thread-safe: the engine may invoke several
 * tools at once.
 */
public interface ToolSet {

  /** The tools' definitions, in a fixed order (the same on every call, so that requests stay cacheable). */
  List<ToolDefinition> definitions();

  /**
   * Runs the tool {@code name} with the model's {@code input}.
   *
   * @throws UnknownToolException when no tool of this set has that name
   * @throws ToolInputException when the input does not decode into the tool's parameters
   * @throws Exception whatever the tool itself throws; the engine turns it into an error result that
   *     the model reads (or, by policy, into an exception for the caller)
   */
  ToolResult invoke(String name, JsonNode input) throws Exception;
}
