package dev.claudejava.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A class's tools, ready to generate: plain data, with the elements kept only to point diagnostics
 * and to name types.
 *
 * @param type the class (or interface) whose {@code @Tool} methods these are
 * @param packageName its package
 * @param generatedName the simple name of the generated tool set, {@code WeatherToolsToolSet}
 * @param tools the tools, in declaration order
 */
public record ToolSetModel(TypeElement type, String packageName, String generatedName, List<Tool> tools) {

  public ToolSetModel {
    tools = List.copyOf(tools);
  }

  /**
   * One tool.
   *
   * @param method the annotated method
   * @param name the tool's name on the wire
   * @param description what it does, for the model (empty when none was found)
   * @param strict whether the API guarantees input matching the schema
   * @param inputSchema the JSON schema of its input, as compact JSON text
   * @param parameters the method's parameters, in order
   * @param returns how its return value becomes a result
   */
  public record Tool(ExecutableElement method, String name, String description, boolean strict, String inputSchema,
      List<Parameter> parameters, Returns returns) {

    public Tool {
      parameters = List.copyOf(parameters);
    }

    /** Whether the method declares exceptions the generated code must pass on. */
    public boolean throwsExceptions() {
      return !method.getThrownTypes().isEmpty();
    }
  }

  /**
   * One parameter of a tool.
   *
   * @param element the parameter
   * @param wireName its name in the JSON input
   * @param type its declared type
   * @param decoding how its value is read from the input
   */
  public record Parameter(VariableElement element, String wireName, TypeMirror type, Decoding decoding) {}

  /** How a parameter's value is read from the tool input. */
  public enum Decoding {
    /** Present and not null. */
    REQUIRED,
    /** May be absent or null: a {@code @Nullable} parameter gets null. */
    NULLABLE,
    /** {@code Optional<T>}. */
    OPTIONAL,
    /** {@code OptionalInt}. */
    OPTIONAL_INT,
    /** {@code OptionalLong}. */
    OPTIONAL_LONG,
    /** {@code OptionalDouble}. */
    OPTIONAL_DOUBLE
  }

  /** How a tool's return value becomes the result the model reads. */
  public enum Returns {
    /** {@code void}: a short confirmation. */
    NOTHING,
    /** A {@code String} or other {@code CharSequence}: the text. */
    TEXT,
    /** A {@code ToolResult}: as is. */
    TOOL_RESULT,
    /** A content block: that block. */
    BLOCK,
    /** A list of content blocks: those blocks. */
    BLOCKS,
    /** An {@code Image}: an image block. */
    IMAGE,
    /** Anything else: its JSON. */
    JSON
  }
}
