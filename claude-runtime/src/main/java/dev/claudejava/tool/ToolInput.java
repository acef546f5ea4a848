package dev.claudejava.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.claudejava.internal.Wire;
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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The model's arguments to one tool call, decoded parameter by parameter into the declared Java
 * types. Generated tool sets call it; so does {@link ReflectiveToolSet}.
 *
 * <p>Decoding is strict, because a wrong guess is worse than a clear error the model can correct: no
 * number is read as a string or a string as a number, no fraction as an integer, no null as a
 * primitive, no unknown property of a record. A failure is a {@link ToolInputException} whose message
 * names the path and the mismatch: {@code trip.stops[1].city: expected a string, got 42}.
 *
 * <pre>{@code
 * ToolInput in = ToolInput.of(input);
 * String city = in.required("city", String.class);
 * Unit unit = in.optional("unit", Unit.class);          // null when absent
 * List<Stop> stops = in.required("stops", STOP_LIST);   // JavaType for generic types
 * in.rejectUnknown(Set.of("city", "unit", "stops"));
 * }</pre>
 */
public final class ToolInput {

  /**
   * The mapper for tool arguments and results: strict decoding (see the class comment), java.time
   * values as ISO-8601 text, {@code Optional} and friends understood.
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder(Wire.MAPPER.getFactory())
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .build();

  private static final int MAX_SHOWN = 80;

  private final ObjectNode input;

  private ToolInput(ObjectNode input) {
    this.input = input;
  }

  /**
   * The arguments of one call.
   *
   * @throws ToolInputException when the input is not a JSON object (null and absent are read as {@code {}})
   */
  public static ToolInput of(@Nullable JsonNode input) throws ToolInputException {
    if (input == null || input.isNull() || input.isMissingNode()) {
      return new ToolInput(JsonNodeFactory.instance.objectNode());
    }
    if (!input.isObject()) {
      throw new ToolInputException("expected the input to be a JSON object, got " + show(input));
    }
    return new ToolInput((ObjectNode) input);
  }

  /** The Jackson type of a generic Java type, for {@link #required(String, JavaType)}. */
  public static JavaType type(TypeReference<?> type) {
    return MAPPER.getTypeFactory().constructType(type);
  }

  /** The arguments as the model sent them. */
  public ObjectNode json() {
    return input;
  }

  /**
   * The parameter {@code name}, which must be present and not null.
   *
   * @throws ToolInputException when it is absent, null, or of the wrong shape
   */
  public <T> T required(String name, Class<T> type) throws ToolInputException {
    return required(name, MAPPER.constructType(type));
  }

  /**
   * The parameter {@code name} of a generic type, which must be present and not null.
   *
   * @throws ToolInputException when it is absent, null, or of the wrong shape
   */
  public <T> T required(String name, JavaType type) throws ToolInputException {
    JsonNode value = input.get(name);
    if (value == null || value.isNull()) {
      throw new ToolInputException(
          name + ": expected " + expected(type.getRawClass()) + ", got " + (value == null ? "nothing" : "null")
              + " (the parameter is required)");
    }
    return decode(name, value, type);
  }

  /**
   * The parameter {@code name}, or null when it is absent or null.
   *
   * @throws ToolInputException when it is present but of the wrong shape
   */
  public <T> @Nullable T optional(String name, Class<T> type) throws ToolInputException {
    return optional(name, MAPPER.constructType(type));
  }

  /**
   * The parameter {@code name} of a generic type, or null when it is absent or null.
   *
   * @throws ToolInputException when it is present but of the wrong shape
   */
  public <T> @Nullable T optional(String name, JavaType type) throws ToolInputException {
    JsonNode value = input.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return decode(name, value, type);
  }

  /**
   * The parameter {@code name} as an {@code Optional}: empty when it is absent or null.
   *
   * @throws ToolInputException when it is present but of the wrong shape
   */
  public <T> Optional<T> optionalOf(String name, Class<T> type) throws ToolInputException {
    return Optional.ofNullable(optional(name, type));
  }

  /** {@link #optionalOf(String, Class)} for a generic type. */
  public <T> Optional<T> optionalOf(String name, JavaType type) throws ToolInputException {
    return Optional.ofNullable(optional(name, type));
  }

  /** The parameter {@code name} as an {@code OptionalInt}: empty when it is absent or null. */
  public OptionalInt optionalInt(String name) throws ToolInputException {
    Integer value = optional(name, Integer.class);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** The parameter {@code name} as an {@code OptionalLong}: empty when it is absent or null. */
  public OptionalLong optionalLong(String name) throws ToolInputException {
    Long value = optional(name, Long.class);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** The parameter {@code name} as an {@code OptionalDouble}: empty when it is absent or null. */
  public OptionalDouble optionalDouble(String name) throws ToolInputException {
    Double value = optional(name, Double.class);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Fails when the input holds a property that is not a parameter, so that a misspelt optional
   * parameter is reported instead of silently ignored.
   *
   * @throws ToolInputException naming the unknown property and the parameters there are
   */
  public void rejectUnknown(Set<String> parameters) throws ToolInputException {
    for (Map.Entry<String, JsonNode> field : input.properties()) {
      if (!parameters.contains(field.getKey())) {
        throw new ToolInputException(
            field.getKey() + ": unknown parameter; the tool takes "
                + (parameters.isEmpty() ? "no parameters" : String.join(", ", sorted(parameters))));
      }
    }
  }

  private static List<String> sorted(Collection<?> names) {
    List<String> list = new ArrayList<>();
    for (Object name : names) {
      list.add(String.valueOf(name));
    }
    list.sort(null);
    return list;
  }

  private static <T> T decode(String name, JsonNode value, JavaType type) throws ToolInputException {
    try {
      return MAPPER.treeToValue(value, type);
    } catch (JsonProcessingException e) {
      throw new ToolInputException(describe(name, value, e), e);
    }
  }

  /** {@code path: expected X, got Y}, from Jackson's exception and the offending node. */
  private static String describe(String name, JsonNode value, JsonProcessingException e) {
    StringBuilder path = new StringBuilder(name);
    JsonNode node = value;
    List<JsonMappingException.Reference> references =
        e instanceof JsonMappingException mapping ? mapping.getPath() : List.of();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
        node = node.path(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
        node = node.path(reference.getIndex());
      }
    }
    if (e instanceof InputCoercionException outOfRange && outOfRange.getTargetType() != null) {
      return path + ": expected " + expected(outOfRange.getTargetType()) + " that fits a Java "
          + outOfRange.getTargetType().getSimpleName() + ", got " + show(node);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return path + ": unknown property; the properties are " + String.join(", ", sorted(unknown.getKnownPropertyIds()));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String got = node.isMissingNode() && e instanceof InvalidFormatException format
          ? show(format.getValue())
          : show(node);
      return path + ": expected " + expected(mismatch.getTargetType()) + ", got " + got;
    }
    return path + ": " + e.getOriginalMessage();
  }

  /** What a value of {@code type} looks like in JSON, for a message. */
  static String expected(Class<?> type) {
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
        names.add(MAPPER.convertValue(constant, String.class));
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

  private static String show(@Nullable Object value) {
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
}
