package dev.claudejava.processor.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON schema, as plain immutable data: what the processor writes into tool definitions and
 * structured-output formats. {@link JsonWriter} turns it into text, the same bytes for the same
 * schema on every build.
 */
public sealed interface JsonSchema {

  /** The schema with {@code description} (an empty description is none). */
  JsonSchema describedAs(String description);

  /**
   * {@code {"type": "string"}}, with an optional format, closed set of values, length bounds and
   * pattern (null where absent).
   */
  record StringSchema(String format, List<String> values, Integer minLength, Integer maxLength, String pattern,
      String description) implements JsonSchema {
    public StringSchema {
      values = List.copyOf(values);
    }

    /** A plain string, or one of a format such as {@code "date-time"}. */
    public static StringSchema of(String format) {
      return new StringSchema(format, List.of(), null, null, null, "");
    }

    /** One of {@code values}. */
    public static StringSchema oneOf(List<String> values) {
      return new StringSchema("", values, null, null, null, "");
    }

    @Override
    public StringSchema describedAs(String description) {
      return new StringSchema(format, values, minLength, maxLength, pattern, description);
    }

    /** This schema with length bounds and a pattern (null for none). */
    public StringSchema bounded(Integer minLength, Integer maxLength, String pattern) {
      return new StringSchema(format, values, minLength, maxLength, pattern, description);
    }
  }

  /**
   * {@code {"type": "integer"}} or {@code {"type": "number"}}, with optional bounds (as written in the
   * source, null where absent).
   */
  record NumberSchema(boolean integer, String minimum, String maximum, String description) implements JsonSchema {
    /** An integer or number without bounds. */
    public static NumberSchema of(boolean integer) {
      return new NumberSchema(integer, null, null, "");
    }

    @Override
    public NumberSchema describedAs(String description) {
      return new NumberSchema(integer, minimum, maximum, description);
    }

    /** This schema with bounds (null for none). */
    public NumberSchema bounded(String minimum, String maximum) {
      return new NumberSchema(integer, minimum, maximum, description);
    }
  }

  /** {@code {"type": "boolean"}}. */
  record BooleanSchema(String description) implements JsonSchema {
    @Override
    public BooleanSchema describedAs(String description) {
      return new BooleanSchema(description);
    }
  }

  /** {@code {"type": "array", "items": ...}}, with optional size bounds (null where absent). */
  record ArraySchema(JsonSchema items, boolean uniqueItems, Integer minItems, Integer maxItems, String description)
      implements JsonSchema {
    /** An array of {@code items}. */
    public static ArraySchema of(JsonSchema items, boolean uniqueItems) {
      return new ArraySchema(items, uniqueItems, null, null, "");
    }

    @Override
    public ArraySchema describedAs(String description) {
      return new ArraySchema(items, uniqueItems, minItems, maxItems, description);
    }

    /** This schema with size bounds (null for none). */
    public ArraySchema bounded(Integer minItems, Integer maxItems) {
      return new ArraySchema(items, uniqueItems, minItems, maxItems, description);
    }
  }

  /**
   * {@code {"type": "object"}} with named properties, in declaration order, or (for a map) with
   * {@code additionalProperties} of one schema.
   *
   * @param properties the properties in order
   * @param required the names of the required properties, in order
   * @param additionalProperties the schema of a map's values, or null for a closed object
   *     ({@code "additionalProperties": false})
   */
  record ObjectSchema(
      Map<String, JsonSchema> properties, List<String> required, JsonSchema additionalProperties, String description)
      implements JsonSchema {
    public ObjectSchema {
      properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
      required = List.copyOf(required);
    }

    @Override
    public ObjectSchema describedAs(String description) {
      return new ObjectSchema(properties, required, additionalProperties, description);
    }
  }

  /** {@code {"anyOf": [...]}}: one of several shapes (a sealed interface's records). */
  record AnyOfSchema(List<JsonSchema> options, String description) implements JsonSchema {
    public AnyOfSchema {
      options = List.copyOf(options);
    }

    @Override
    public AnyOfSchema describedAs(String description) {
      return new AnyOfSchema(options, description);
    }
  }

  /** {@code {"const": value}}: a discriminator's fixed value. */
  record ConstSchema(String value, String description) implements JsonSchema {
    @Override
    public ConstSchema describedAs(String description) {
      return new ConstSchema(value, description);
    }
  }

  /** {@code {"$ref": "#/$defs/Name"}}: a type defined once under {@code $defs}. */
  record RefSchema(String name, String description) implements JsonSchema {
    @Override
    public RefSchema describedAs(String description) {
      return new RefSchema(name, description);
    }
  }

  /**
   * A complete schema: its root and the definitions its references point to.
   *
   * @param root the root schema
   * @param definitions the {@code $defs}, in the order first referenced
   */
  record Document(JsonSchema root, Map<String, JsonSchema> definitions) {
    public Document {
      definitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    }

    /** The document as JSON text. */
    public String toJson() {
      return JsonWriter.write(this);
    }
  }
}
