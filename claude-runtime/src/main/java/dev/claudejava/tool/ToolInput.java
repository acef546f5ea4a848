package dev.claudejava.tool;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.claudejava.internal.JsonErrors;
import dev.claudejava.internal.RequiredRecordComponents;
import dev.claudejava.internal.Wire;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The model's arguments to one tool call, decoded parameter by parameter into the declared Java
 * types. Generated tool sets call it; so does {@link ReflectiveToolSet}.
 *
 * <p>Decoding is strict, because a wrong guess is worse than a clear error the model can correct: no
 * number is read as a string or a string as a number, no fraction as an integer, no null as a
 * primitive or inside an array, no unknown property of a record, and no record without one of its
 * components (unless it is an {@code Optional} or {@code @Nullable}), as the JSON schema of a record
 * says. A failure is a {@link ToolInputException} whose message
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
      .annotationIntrospector(new RequiredRecordComponents())
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
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
      throw new ToolInputException("expected the input to be a JSON object, got " + JsonErrors.show(input));
    }
    return new ToolInput((ObjectNode) input);
  }

  /** The Jackson type of a generic Java type, for {@link #required(String, JavaType)}. */
  public static JavaType type(TypeReference<?> type) {
    return MAPPER.getTypeFactory().constructType(type);
  }

  /**
   * The Jackson type of {@code raw} with {@code parameters} as its type arguments (none for a plain
   * class): {@code type(List.class, type(Stop.class))} is {@code List<Stop>}. Generated code builds
   * its types this way, without an anonymous class per type.
   */
  public static JavaType type(Class<?> raw, JavaType... parameters) {
    return parameters.length == 0
        ? MAPPER.getTypeFactory().constructType(raw)
        : MAPPER.getTypeFactory().constructParametricType(raw, parameters);
  }

  /** The Jackson type of an array of {@code component}. */
  public static JavaType arrayOf(JavaType component) {
    return MAPPER.getTypeFactory().constructArrayType(component);
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
          name + ": expected " + JsonErrors.expected(type.getRawClass()) + ", got " + (value == null ? "nothing" : "null")
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
                + (parameters.isEmpty() ? "no parameters" : String.join(", ", JsonErrors.sorted(parameters))));
      }
    }
  }


  private static <T> T decode(String name, JsonNode value, JavaType type) throws ToolInputException {
    try {
      return MAPPER.treeToValue(value, type);
    } catch (JsonProcessingException e) {
      throw new ToolInputException(JsonErrors.describe(name, value, e), e);
    }
  }

}
