package dev.claudejava.tool;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.annotations.Param;
import dev.claudejava.annotations.Tool;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Image;
import dev.claudejava.model.ToolDefinition;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.regex.Pattern;
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
 * invoked by reflection, and parameter names come from {@code -parameters}. Arguments are decoded by
 * {@link ToolInput}, with the same strictness and messages as generated code.
 *
 * <p>The definitions are the ones the processor generates for the same class (the tools, and the
 * properties of records and classes, in declaration order, read from the class file), with one
 * difference: Javadoc does not exist at run time, so descriptions come only from
 * {@link Tool#description()} and {@link Param}. The tools are the {@code @Tool} methods the class
 * declares; for a subclass that declares none (an anonymous subclass, a framework's proxy), those of
 * the nearest superclass that does.
 */
public final class ReflectiveToolSet implements ToolSet {

  private static final Pattern TOOL_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  private final Object target;
  private final List<ToolDefinition> definitions;
  private final Map<String, Invoker> invokers;

  private ReflectiveToolSet(Object target, List<ToolDefinition> definitions, Map<String, Invoker> invokers) {
    this.target = target;
    this.definitions = definitions;
    this.invokers = invokers;
  }

  /**
   * The tools of {@code target}: the {@link Tool} methods of its class.
   *
   * @throws IllegalArgumentException naming every problem found: no {@code @Tool} methods, a method
   *     that is not public or is static, abstract or generic, parameter names missing from the class
   *     file (compile with {@code -parameters}), a tool name the API refuses, two tools with one name
   * @throws IllegalStateException when victools' jsonschema-generator is not on the class path
   */
  public static ReflectiveToolSet of(Object target) {
    requireVictools();
    Class<?> type = toolClass(target.getClass());
    List<Method> methods = toolMethods(type);
    List<String> problems = new ArrayList<>();
    Map<String, Invoker> invokers = new LinkedHashMap<>();
    for (Method method : methods) {
      String name = toolName(method);
      String where = type.getName() + "." + method.getName();
      int before = problems.size();
      if (!Modifier.isPublic(method.getModifiers())) {
        problems.add("@Tool method " + where + " is not public; make it public");
      }
      if (Modifier.isStatic(method.getModifiers())) {
        problems.add("@Tool method " + where + " is static; tools are called on the instance given: make it an"
            + " instance method");
      }
      if (Modifier.isAbstract(method.getModifiers())) {
        problems.add("@Tool method " + where + " is abstract; a tool needs a body to run: implement it");
      }
      if (method.getTypeParameters().length > 0) {
        problems.add("@Tool method " + where + " declares type parameters " + Arrays.toString(method.getTypeParameters())
            + "; a tool's schema needs concrete types: remove the type parameters");
      }
      if (!TOOL_NAME.matcher(name).matches()) {
        problems.add("tool name '" + name + "' of " + where + " does not match " + TOOL_NAME.pattern()
            + "; use letters, digits, '_' and '-', at most 64");
      }
      Invoker previous = invokers.putIfAbsent(name, new Invoker(method, parameters(method, problems)));
      if (previous != null) {
        problems.add("tool name '" + name + "' of " + where + " is also the name of " + type.getName() + "."
            + previous.method.getName() + "; give one of them another name with @Tool(name = \"...\")");
      }
      if (problems.size() == before && !method.trySetAccessible()) {
        problems.add("@Tool method " + where + " cannot be called from dev.claudejava.runtime: make "
            + type.getName() + " public, or open its package to that module");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the tools of " + type.getName() + " cannot be used:\n  "
          + String.join("\n  ", problems));
    }
    List<ToolDefinition> definitions = new ArrayList<>();
    invokers.forEach((name, invoker) -> {
      Tool tool = invoker.method.getAnnotation(Tool.class);
      definitions.add(new ToolDefinition(name, tool.description().isEmpty() ? null : tool.description(),
          VictoolsSchemas.inputSchema(invoker.parameters), tool.strict(), null));
    });
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
  static ToolResult toResult(Class<?> returnType, @Nullable Object value) {
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

  /** The class that declares the tools: {@code type}, or its nearest superclass or interface that declares any. */
  private static Class<?> toolClass(Class<?> type) {
    List<Class<?>> candidates = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      candidates.add(c);
    }
    for (int i = 0; i < candidates.size(); i++) {
      for (Class<?> implemented : candidates.get(i).getInterfaces()) {
        if (!candidates.contains(implemented)) {
          candidates.add(implemented);
        }
      }
    }
    for (Class<?> candidate : candidates) {
      if (!toolMethods(candidate).isEmpty()) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(type.getName() + " has no @Tool methods; mark the methods the model may"
        + " call with @dev.claudejava.annotations.Tool");
  }

  /** The {@code @Tool} methods {@code type} declares, in declaration order (by name when it is not known). */
  private static List<Method> toolMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Tool.class) && !method.isSynthetic()) {
        methods.add(method);
      }
    }
    if (methods.size() > 1) {
      DeclarationOrder order = DeclarationOrder.of(type);
      methods.sort(Comparator.<Method>comparingInt(method -> order.method(method))
          .thenComparing(ReflectiveToolSet::toolName));
    }
    return methods;
  }

  private static List<ToolParameter> parameters(Method method, List<String> problems) {
    List<ToolParameter> parameters = new ArrayList<>();
    for (Parameter parameter : method.getParameters()) {
      if (!parameter.isNamePresent()) {
        problems.add("the parameter names of " + method.getDeclaringClass().getName() + "." + method.getName()
            + " are not in its class file; compile with -parameters, or let the annotation processor generate the"
            + " tool set (it reads names from the source)");
        return List.of();
      }
      Param param = parameter.getAnnotation(Param.class);
      String wireName = param != null && !param.name().isEmpty() ? param.name() : parameter.getName();
      String description = param != null && !param.value().isEmpty() ? param.value() : null;
      parameters.add(new ToolParameter(wireName, description, parameter.getParameterizedType(),
          isNullable(parameter, parameter.getAnnotatedType())));
    }
    return parameters;
  }

  /**
   * Whether a parameter or property carries an annotation named {@code Nullable}, on its declaration
   * ({@code javax.annotation.Nullable}) or on its type (JSpecify's, a type-use annotation).
   */
  static boolean isNullable(AnnotatedElement declaration, AnnotatedType type) {
    return hasNullable(declaration.getAnnotations()) || hasNullable(type.getAnnotations());
  }

  private static boolean hasNullable(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** {@code Optional} and its primitive variants: values that may be absent. */
  static boolean isOptionalType(Class<?> type) {
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
  record ToolParameter(String wireName, @Nullable String description, Type type, boolean nullable) {

    boolean isOptional() {
      return nullable || isOptionalType(raw(type));
    }

    /** The type whose schema describes the parameter: T for Optional<T>. */
    Type schemaType() {
      return type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class
          ? parameterized.getActualTypeArguments()[0]
          : type;
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
