package dev.claudejava.processor.schema;

import java.util.List;
import java.util.Map;

/**
 * Writes a {@link JsonSchema.Document} as compact JSON, keys in a fixed order: {@code type} first,
 * then the type's keywords, then {@code description}; {@code $defs} last. No library: the processor
 * must not bring a JSON library onto the user's annotation-processor path.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder();

  private JsonWriter() {}

  static String write(JsonSchema.Document document) {
    JsonWriter writer = new JsonWriter();
    writer.schema(document.root(), document.definitions());
    return writer.out.toString();
  }

  private void schema(JsonSchema schema, Map<String, JsonSchema> definitions) {
    out.append('{');
    int start = out.length();
    if (schema instanceof JsonSchema.StringSchema string) {
      field("type").string("string");
      if (!string.format().isEmpty()) {
        comma().field("format").string(string.format());
      }
      if (!string.values().isEmpty()) {
        comma().field("enum").strings(string.values());
      }
      if (string.minLength() != null) {
        comma().field("minLength").raw(string.minLength().toString());
      }
      if (string.maxLength() != null) {
        comma().field("maxLength").raw(string.maxLength().toString());
      }
      if (string.pattern() != null) {
        comma().field("pattern").string(string.pattern());
      }
    } else if (schema instanceof JsonSchema.NumberSchema number) {
      field("type").string(number.integer() ? "integer" : "number");
      if (number.minimum() != null) {
        comma().field("minimum").raw(number.minimum());
      }
      if (number.maximum() != null) {
        comma().field("maximum").raw(number.maximum());
      }
    } else if (schema instanceof JsonSchema.BooleanSchema) {
      field("type").string("boolean");
    } else if (schema instanceof JsonSchema.ArraySchema array) {
      field("type").string("array");
      comma().field("items");
      schema(array.items(), Map.of());
      if (array.uniqueItems()) {
        comma().field("uniqueItems").raw("true");
      }
      if (array.minItems() != null) {
        comma().field("minItems").raw(array.minItems().toString());
      }
      if (array.maxItems() != null) {
        comma().field("maxItems").raw(array.maxItems().toString());
      }
    } else if (schema instanceof JsonSchema.ObjectSchema object) {
      field("type").string("object");
      if (object.additionalProperties() == null || !object.properties().isEmpty()) {
        comma().field("properties").append('{');
        boolean first = true;
        for (Map.Entry<String, JsonSchema> property : object.properties().entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          field(property.getKey());
          schema(property.getValue(), Map.of());
        }
        out.append('}');
      }
      if (!object.required().isEmpty()) {
        comma().field("required").strings(object.required());
      }
      comma().field("additionalProperties");
      if (object.additionalProperties() == null) {
        raw("false");
      } else {
        schema(object.additionalProperties(), Map.of());
      }
    } else if (schema instanceof JsonSchema.AnyOfSchema anyOf) {
      field("anyOf").append('[');
      for (int i = 0; i < anyOf.options().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        schema(anyOf.options().get(i), Map.of());
      }
      out.append(']');
    } else if (schema instanceof JsonSchema.ConstSchema constant) {
      field("const").string(constant.value());
    } else if (schema instanceof JsonSchema.RefSchema ref) {
      field("$ref").string("#/$defs/" + ref.name());
    }
    String description = description(schema);
    if (!description.isEmpty()) {
      if (out.length() > start) {
        out.append(',');
      }
      field("description").string(description);
    }
    if (!definitions.isEmpty()) {
      comma().field("$defs").append('{');
      boolean first = true;
      for (Map.Entry<String, JsonSchema> definition : definitions.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        field(definition.getKey());
        schema(definition.getValue(), Map.of());
      }
      out.append('}');
    }
    out.append('}');
  }

  private static String description(JsonSchema schema) {
    if (schema instanceof JsonSchema.StringSchema s) {
      return nonNull(s.description());
    } else if (schema instanceof JsonSchema.NumberSchema n) {
      return nonNull(n.description());
    } else if (schema instanceof JsonSchema.BooleanSchema b) {
      return nonNull(b.description());
    } else if (schema instanceof JsonSchema.ArraySchema a) {
      return nonNull(a.description());
    } else if (schema instanceof JsonSchema.ObjectSchema o) {
      return nonNull(o.description());
    } else if (schema instanceof JsonSchema.AnyOfSchema a) {
      return nonNull(a.description());
    } else if (schema instanceof JsonSchema.ConstSchema c) {
      return nonNull(c.description());
    } else if (schema instanceof JsonSchema.RefSchema r) {
      return nonNull(r.description());
    }
    return "";
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  private JsonWriter comma() {
    out.append(',');
    return this;
  }

  private JsonWriter field(String name) {
    string(name);
    out.append(':');
    return this;
  }

  private JsonWriter append(char c) {
    out.append(c);
    return this;
  }

  private JsonWriter raw(String text) {
    out.append(text);
    return this;
  }

  private JsonWriter strings(List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(values.get(i));
    }
    out.append(']');
    return this;
  }

  /** A JSON string literal, escaped as RFC 8259 requires (and U+2028/U+2029, for JavaScript readers). */
  JsonWriter string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
    return this;
  }
}
