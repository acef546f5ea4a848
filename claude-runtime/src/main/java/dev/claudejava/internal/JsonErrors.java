package dev.claudejava.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.claudejava.tool.ToolInput;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Messages for JSON that does not fit a Java type, for the model (tool input) and for the caller
 * (structured output): the path, what was expected, and what came.
 */
public final class JsonErrors {

  private static final int MAX_SHOWN = 80;

  private JsonErrors() {}

  /**
   * {@code path: expected X, got Y}, from Jackson's exception and the offending node: {@code name}
   * is the path of {@code value} (a parameter's name, or empty for a whole reply).
   */
  public static String describe(String name, JsonNode value, JsonProcessingException e) {
    StringBuilder path = new StringBuilder(name);
    JsonNode node = value;
    List<JsonMappingException.Reference> references =
        e instanceof JsonMappingException mapping ? mapping.getPath() : List.of();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
        node = node.path(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
        node = node.path(reference.getIndex());
      }
    }
    String at = path.length() == 0 ? "" : path + ": ";
    if (e instanceof InputCoercionException outOfRange && outOfRange.getTargetType() != null) {
      return at + "expected " + expected(outOfRange.getTargetType()) + " that fits a Java "
          + outOfRange.getTargetType().getSimpleName() + ", got " + show(node);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return at + "unknown property; the properties are " + String.join(", ", sorted(unknown.getKnownPropertyIds()));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String got = node.isMissingNode() && e instanceof InvalidFormatException format
          ? show(format.getValue())
          : show(node);
      return at + "expected " + expected(mismatch.getTargetType()) + ", got " + got;
    }
    return at + e.getOriginalMessage();
  }

  /** What a value of {@code type} looks like in JSON, for a message. */
  public static String expected(Class<?> type) {
    if (type == String.class || type == CharSequence.class || type == char.class || type == Character.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class || type == byte.class || type == Byte.class
        || type == BigInteger.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class
        || type == BigDecimal.class) {
      return "a number";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(ToolInput.MAPPER.convertValue(constant, String.class));
      }
      return "one of " + String.join(", ", names);
    }
    if (type == UUID.class) {
      return "a UUID string";
    }
    if (type == URI.class || type == URL.class) {
      return "a URI string";
    }
    if (type == LocalDate.class) {
      return "a date string (YYYY-MM-DD)";
    }
    if (type == LocalTime.class) {
      return "a time string (HH:MM:SS)";
    }
    if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
        || type == Instant.class) {
      return "a date-time string (ISO 8601)";
    }
    if (type == Duration.class) {
      return "a duration string (ISO 8601, e.g. PT15M)";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  public static String show(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof JsonNode node) {
      if (node.isMissingNode()) {
        return "nothing";
      }
      return Wire.abbreviate(node.toString(), MAX_SHOWN);
    }
    return Wire.abbreviate(value instanceof String ? "\"" + value + "\"" : value.toString(), MAX_SHOWN);
  }

  /** The names, sorted, as text. */
  public static List<String> sorted(Collection<?> names) {
    List<String> list = new ArrayList<>();
    for (Object name : names) {
      list.add(String.valueOf(name));
    }
    list.sort(null);
    return list;
  }
}
