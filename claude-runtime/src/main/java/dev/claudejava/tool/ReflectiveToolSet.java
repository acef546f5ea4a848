package dev.claudejava.tool;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import dev.claudejava.annotations.Param;
import dev.claudejava.annotations.Tool;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Image;
import dev.claudejava.model.ToolDefinition;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ToolSet} built at run time, by reflection, for an object whose class was not
 * annotation-processed: a quick script, JShell, a build without the processor.
 *
 * <pre>{@code
 * ToolSet tools = ReflectiveToolSet.of(new WeatherTools());
 * }</pre>
 *
 * <p>This is the slower path, checked at run time: prefer the generated tool set
 * ({@code WeatherToolsToolSet}), which the processor checks at compile time and which calls the
 * methods directly. Here schemas come from {@code com.github.victools:jsonschema-generator} (an
 * optional dependency: add it, with {@code jsonschema-module-jackson}, to use this class), methods are
 * invoked by reflection, and parameter names come from {@code -parameters}. Javadoc does not exist at
 * run time, so descriptions come only from {@link Tool#description()} and {@link Param}. Arguments are
 * decoded by {@link ToolInput}, with the same strictness and messages as generated code. Tools are
 * listed in name order (reflection does not give declaration order).
 */
public final class ReflectiveToolSet implements ToolSet {

  private final Object target;
  private final List<ToolDefinition> definitions;
  private final Map<String, Invoker> invokers;

  private ReflectiveToolSet(Object target, List<ToolDefinition> definitions, Map<String, Invoker> invokers) {
    this.target = target;
    this.definitions = definitions;
    this.invokers = invokers;
  }

  /**
   * The tools of {@code target}: its public {@link Tool} methods.
   *
   * @throws IllegalArgumentException when it has none, when a method's parameter names are missing
   *     (compile with {@code -parameters}), or when two tools share a name
   * @throws IllegalStateException when victools' jsonschema-generator is not on the class path
   */
  public static ReflectiveToolSet of(Object target) {
    Class<?> type = target.getClass();
    requireVictools();
    SchemaGenerator generator = generator();
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(Tool.class) && !Modifier.isStatic(method.getModifiers())) {
        methods.add(method);
      }
    }
    if (methods.isEmpty()) {
      throw new IllegalArgumentException(type.getName() + " has no public @Tool methods");
    }
    methods.sort(Comparator.comparing(ReflectiveToolSet::toolName));
    List<ToolDefinition> definitions = new ArrayList<>();
    Map<String, Invoker> invokers = new LinkedHashMap<>();
    for (Method method : methods) {
      String name = toolName(method);
      if (invokers.containsKey(name)) {
        throw new IllegalArgumentException("two tools of " + type.getName() + " are named '" + name
            + "'; give one another name with @Tool(name = ...)");
      }
      Invoker invoker = new Invoker(method, parameters(method));
      invokers.put(name, invoker);
      Tool tool = method.getAnnotation(Tool.class);
      definitions.add(new ToolDefinition(name, tool.description().isEmpty() ? null : tool.description(),
          inputSchema(generator, invoker.parameters), tool.strict(), null));
    }
    return new ReflectiveToolSet(target, List.copyOf(definitions), invokers);
  }

  @Override
  public List<ToolDefinition> definitions() {
    return definitions;
  }

  @Override
  public ToolResult invoke(String name, JsonNode input) throws Exception {
    Invoker invoker = invokers.get(name);
    if (invoker == null) {
      throw new UnknownToolException(name, List.copyOf(invokers.keySet()));
    }
    ToolInput in = ToolInput.of(input);
    Object[] args = new Object[invoker.parameters.size()];
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      ToolParameter parameter = invoker.parameters.get(i);
      names.add(parameter.wireName);
      args[i] = parameter.decode(in);
    }
    in.rejectUnknown(names);
    Object value;
    try {
      value = invoker.method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw e;
    }
    return toResult(invoker.method.getReturnType(), value);
  }

  /** What a tool's return value becomes, as generated tool sets convert it. */
  static ToolResult toResult(Class<?> returnType, Object value) {
    if (returnType == void.class) {
      return ToolResult.done();
    }
    if (value instanceof ToolResult result) {
      return result;
    }
    if (value instanceof String text) {
      return ToolResult.text(text);
    }
    if (value instanceof ContentBlock block) {
      return ToolResult.of(block);
    }
    if (value instanceof Image image) {
      return ToolResult.image(image);
    }
    if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(ContentBlock.class::isInstance)) {
      List<ContentBlock> blocks = new ArrayList<>();
      for (Object block : list) {
        blocks.add((ContentBlock) block);
      }
      return ToolResult.of(blocks);
    }
    return ToolResult.json(value);
  }

  static String toolName(Method method) {
    Tool tool = method.getAnnotation(Tool.class);
    return tool.name().isEmpty() ? snakeCase(method.getName()) : tool.name();
  }

  /** {@code getWeather} -> {@code get_weather}, {@code getHTTPStatus} -> {@code get_http_status}. */
  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
        boolean beforeLower = i > 0 && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
            && Character.isUpperCase(name.charAt(i - 1));
        if (afterLower || beforeLower) {
          snake.append('_');
        }
        snake.append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString().toLowerCase(Locale.ROOT);
  }

  private static List<ToolParameter> parameters(Method method) {
    List<ToolParameter> parameters = new ArrayList<>();
    for (Parameter parameter : method.getParameters()) {
      if (!parameter.isNamePresent()) {
        throw new IllegalArgumentException("the parameter names of " + method.getDeclaringClass().getName() + "."
            + method.getName() + " are not in its class file; compile with -parameters, or let the annotation"
            + " processor generate the tool set (it reads names from the source)");
      }
      Param param = parameter.getAnnotation(Param.class);
      String wireName = param != null && !param.name().isEmpty() ? param.name() : parameter.getName();
      String description = param != null && !param.value().isEmpty() ? param.value() : null;
      parameters.add(new ToolParameter(wireName, description, parameter.getParameterizedType(), nullable(parameter)));
    }
    return parameters;
  }

  private static boolean nullable(AnnotatedElement element) {
    for (Annotation annotation : element.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode inputSchema(SchemaGenerator generator, List<ToolParameter> parameters) {
    SchemaBuilder builder = generator.buildMultipleSchemaDefinitions();
    ObjectNode schema = Wire.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = Wire.objectNode().arrayNode();
    for (ToolParameter parameter : parameters) {
      ObjectNode property = builder.createSchemaReference(parameter.schemaType());
      if (parameter.description != null) {
        property.put("description", parameter.description);
      }
      properties.set(parameter.wireName, property);
      if (!parameter.isOptional()) {
        required.add(parameter.wireName);
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    ObjectNode definitions = builder.collectDefinitions("$defs");
    if (!definitions.isEmpty()) {
      schema.set("$defs", definitions);
    }
    return schema;
  }

  private static SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
        Wire.MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_OPTIONALS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.STANDARD_FORMATS, Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    // enum constants by the names Jackson reads (a @JsonProperty name where there is one)
    config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
      Class<?> erased = type.getErasedType();
      if (!erased.isEnum()) {
        return null;
      }
      ObjectNode schema = Wire.objectNode().put("type", "string");
      ArrayNode values = schema.putArray("enum");
      for (Object constant : erased.getEnumConstants()) {
        values.add(ToolInput.MAPPER.convertValue(constant, String.class));
      }
      return new CustomDefinition(schema);
    });
    config.forFields()
        .withRequiredCheck(field -> !isOptionalType(field.getType().getErasedType()) && !nullable(field))
        .withDescriptionResolver(field -> {
          Param param = field.getAnnotationConsideringFieldAndGetter(Param.class);
          return param == null || param.value().isEmpty() ? null : param.value();
        });
    return new SchemaGenerator(config.build());
  }

  private static boolean nullable(FieldScope field) {
    for (Annotation annotation : field.getRawMember().getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOptionalType(Class<?> type) {
    return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
        || type == OptionalDouble.class;
  }

  private static void requireVictools() {
    try {
      Class.forName("com.github.victools.jsonschema.generator.SchemaGenerator", false,
          ReflectiveToolSet.class.getClassLoader());
      Class.forName("com.github.victools.jsonschema.module.jackson.JacksonModule", false,
          ReflectiveToolSet.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("ReflectiveToolSet needs com.github.victools:jsonschema-generator and"
          + " com.github.victools:jsonschema-module-jackson on the class path; add them, or use the generated"
          + " tool set (run the claude-processor annotation processor)", e);
    }
  }

  /** A tool method and its parameters. */
  private record Invoker(Method method, List<ToolParameter> parameters) {}

  /** One parameter: its wire name, description, type, and whether it may be absent. */
  private record ToolParameter(String wireName, @Nullable String description, Type type, boolean nullable) {

    boolean isOptional() {
      return nullable || isOptionalType(raw(type));
    }

    /** The type whose schema describes the parameter: T for Optional<T>. */
    Type schemaType() {
      if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
        return parameterized.getActualTypeArguments()[0];
      }
      Class<?> raw = raw(type);
      if (raw == OptionalInt.class || raw == OptionalLong.class) {
        return long.class;
      }
      if (raw == OptionalDouble.class) {
        return double.class;
      }
      return type;
    }

    Object decode(ToolInput in) throws ToolInputException {
      JavaType javaType = ToolInput.MAPPER.getTypeFactory().constructType(type);
      Class<?> raw = javaType.getRawClass();
      if (raw == Optional.class) {
        return in.optionalOf(wireName, javaType.containedType(0));
      }
      if (raw == OptionalInt.class) {
        return in.optionalInt(wireName);
      }
      if (raw == OptionalLong.class) {
        return in.optionalLong(wireName);
      }
      if (raw == OptionalDouble.class) {
        return in.optionalDouble(wireName);
      }
      return nullable ? in.optional(wireName, javaType) : in.required(wireName, javaType);
    }

    private static Class<?> raw(Type type) {
      return ToolInput.MAPPER.getTypeFactory().constructType(type).getRawClass();
    }
  }
}
