package dev.claudejava.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.internal.JsonErrors;
import dev.claudejava.internal.Wire;
import dev.claudejava.tool.ToolInput;

/**
 * Reads a structured reply (one requested with {@code output_config.format}) into a Java type, as
 * strictly as tool input is read: a reply that does not fit is a {@link StructuredOutputException}
 * that names the path, never a half-filled object.
 */
public final class StructuredOutput {

  /** The property that holds a value whose schema is not an object (a list, an enum, a number). */
  public static final String VALUE = "value";

  private StructuredOutput() {}

  /**
   * The reply's JSON text as {@code type}.
   *
   * @param wrapped whether the schema wrapped the value as {@code {"value": ...}}, because the API's
   *     structured outputs need an object at the root
   * @throws StructuredOutputException when the text is not JSON or does not fit {@code type}
   */
  public static <T> T read(AgentResult result, JavaType type, boolean wrapped) {
    String text = result.text();
    JsonNode json;
    try {
      json = Wire.parse(text);
    } catch (IllegalArgumentException e) {
      throw new StructuredOutputException("the reply is not JSON, so it cannot be read as " + type.toCanonical()
          + ": " + Wire.abbreviate(text, 200), result, e);
    }
    JsonNode value = json;
    if (wrapped) {
      if (!json.has(VALUE)) {
        throw new StructuredOutputException("the reply has no \"" + VALUE + "\" to read as " + type.toCanonical()
            + ": " + Wire.abbreviate(text, 200), result, null);
      }
      value = json.get(VALUE);
    }
    try {
      return ToolInput.MAPPER.treeToValue(value, type);
    } catch (JsonProcessingException e) {
      throw new StructuredOutputException("the reply does not fit " + type.toCanonical() + ": "
          + JsonErrors.describe(wrapped ? VALUE : "", value, e), result, e);
    }
  }
}
