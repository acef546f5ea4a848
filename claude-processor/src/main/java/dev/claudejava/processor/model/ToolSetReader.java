package dev.claudejava.processor.model;

import dev.claudejava.processor.schema.JsonSchema;
import dev.claudejava.processor.schema.SchemaFactory;
import dev.claudejava.processor.schema.UnresolvedTypes;
import dev.claudejava.processor.validation.Diagnostic;
import dev.claudejava.processor.validation.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a class's {@code @Tool} methods into a {@link ToolSetModel}, reporting every problem it finds. */
public final class ToolSetReader {

  /** The annotation this reader reads. */
  public static final String TOOL = "dev.claudejava.annotations.Tool";
  private static final String PARAM = "dev.claudejava.annotations.Param";

  private static final Pattern TOOL_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
  private static final Pattern PROPERTY_NAME = Pattern.compile("^[a-zA-Z0-9_.-]{1,64}$");

  private final Elements elements;
  private final Types types;
  private final SchemaFactory schemas;

  public ToolSetReader(ProcessingEnvironment environment, SchemaFactory schemas) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.schemas = schemas;
  }

  /** The {@code @Tool} methods of {@code type}, in declaration order. */
  public static List<ExecutableElement> toolMethods(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> Annotations.find(m, TOOL).isPresent())
        .collect(Collectors.toList());
  }

  /** Whether any type {@code type}'s tools use has not resolved yet (it may be generated in a later round). */
  public static boolean refersToUnresolvedTypes(TypeElement type) {
    return toolMethods(type).stream().anyMatch(UnresolvedTypes::in);
  }

  /** The name of the tool set generated for {@code type}: {@code Outer_InnerToolSet}. */
  public static String generatedName(TypeElement type) {
    return flatName(type) + "ToolSet";
  }

  /** A nested type's simple names joined with '_', {@code Outer_Inner}: a name for a top-level generated class. */
  static String flatName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return name.toString();
  }

  /** Reads {@code type}'s tools; problems go to {@code report}. */
  public ToolSetModel read(TypeElement type, Report report) {
    checkReachable(type, report);
    List<ToolSetModel.Tool> tools = new ArrayList<>();
    Map<String, ExecutableElement> byName = new HashMap<>();
    for (ExecutableElement method : toolMethods(type)) {
      ToolSetModel.Tool tool = readTool(method, report);
      if (tool == null) {
        continue;
      }
      ExecutableElement previous = byName.putIfAbsent(tool.name(), method);
      if (previous != null) {
        AnnotationMirror annotation = Annotations.find(method, TOOL).orElseThrow();
        report.report(Diagnostic.TOOL_DUPLICATE_NAME, method, annotation, Annotations.explicitValue(annotation, "name"),
            tool.name(), signature(method), signature(previous));
        continue;
      }
      tools.add(tool);
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    return new ToolSetModel(type, packageName, generatedName(type), tools);
  }

  /**
   * A private class, or a class nested in one, is out of the generated class's reach. (Local and
   * anonymous classes never get here: annotation processing does not see into method bodies.)
   */
  private void checkReachable(TypeElement type, Report report) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        report.report(Diagnostic.TOOL_UNREACHABLE, type, type.getQualifiedName(),
            e == type ? "private" : "inside the private " + e.getSimpleName());
        return;
      }
    }
  }

  private ToolSetModel.Tool readTool(ExecutableElement method, Report report) {
    AnnotationMirror annotation = Annotations.find(method, TOOL).orElseThrow();
    Report own = new Report();
    Element owner = method.getEnclosingElement();
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      String access = method.getModifiers().contains(Modifier.PRIVATE) ? "private"
          : method.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "package-private";
      own.report(Diagnostic.TOOL_NOT_PUBLIC, method, signature(method), access);
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      own.report(Diagnostic.TOOL_STATIC, method, signature(method));
    }
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      own.report(Diagnostic.TOOL_ABSTRACT, method, signature(method));
    }
    if (!method.getTypeParameters().isEmpty()) {
      own.report(Diagnostic.TOOL_GENERIC, method, signature(method), method.getTypeParameters());
    }
    AnnotationValue explicitName = Annotations.explicitValue(annotation, "name");
    String name = explicitName != null ? (String) explicitName.getValue() : snakeCase(method.getSimpleName().toString());
    if (!TOOL_NAME.matcher(name).matches()) {
      if (explicitName != null) {
        own.report(Diagnostic.TOOL_NAME, method, annotation, explicitName, name, signature(method));
      } else {
        own.report(Diagnostic.TOOL_NAME, method, name, signature(method));
      }
    }
    boolean strict = (Boolean) Annotations.value(elements, annotation, "strict").getValue();
    Javadoc doc = Javadoc.of(elements, method);
    String description = Annotations.string(elements, annotation, "description");
    if (description.isEmpty()) {
      description = doc.description();
    }
    if (description.isEmpty()) {
      own.report(Diagnostic.TOOL_NO_DESCRIPTION, method, signature(method));
    }

    SchemaFactory.Session session = schemas.session(strict);
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    List<ToolSetModel.Parameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String javaName = parameter.getSimpleName().toString();
      Optional<AnnotationMirror> param = Annotations.find(parameter, PARAM);
      AnnotationValue wire = param.map(p -> Annotations.explicitValue(p, "name")).orElse(null);
      String wireName = wire != null ? (String) wire.getValue() : javaName;
      if (!PROPERTY_NAME.matcher(wireName).matches()) {
        own.report(Diagnostic.TOOL_PARAM_NAME, parameter, param.orElseThrow(), wire, javaName, signature(method),
            wireName, "which the API does not accept: use ^[a-zA-Z0-9_.-]{1,64}$");
      } else if (properties.containsKey(wireName)) {
        own.report(Diagnostic.TOOL_PARAM_NAME, parameter, javaName, signature(method), wireName,
            "like another parameter: give each its own name");
      }
      TypeMirror type = parameter.asType();
      List<SchemaFactory.Problem> problems = new ArrayList<>();
      JsonSchema schema = session.schema(type, parameter, problems);
      for (SchemaFactory.Problem problem : problems) {
        own.report(problem.strict() ? Diagnostic.TOOL_STRICT : Diagnostic.TOOL_PARAM_TYPE, parameter, javaName,
            signature(method), problem.describe());
      }
      String paramDescription = param.map(p -> Annotations.string(elements, p, "value")).orElse("");
      if (paramDescription.isEmpty()) {
        paramDescription = doc.params().getOrDefault(javaName, "");
      }
      properties.put(wireName, paramDescription.isEmpty() ? schema : schema.describedAs(paramDescription));
      ToolSetModel.Decoding decoding = decoding(parameter, type);
      if (decoding == ToolSetModel.Decoding.REQUIRED) {
        required.add(wireName);
      }
      parameters.add(new ToolSetModel.Parameter(parameter, wireName, type, decoding));
      warnDoubleWrap(parameter, javaName, type, method, own);
    }
    ToolSetModel.Returns returns = returns(method, own);
    report.addAll(own);
    if (own.hasErrors()) {
      return null;
    }
    String inputSchema = session.document(new JsonSchema.ObjectSchema(properties, required, null, "")).toJson();
    return new ToolSetModel.Tool(method, name, description, strict, inputSchema, parameters, returns);
  }

  private ToolSetModel.Decoding decoding(VariableElement parameter, TypeMirror type) {
    switch (SchemaFactory.qualifiedName(type)) {
      case "java.util.Optional":
        return ToolSetModel.Decoding.OPTIONAL;
      case "java.util.OptionalInt":
        return ToolSetModel.Decoding.OPTIONAL_INT;
      case "java.util.OptionalLong":
        return ToolSetModel.Decoding.OPTIONAL_LONG;
      case "java.util.OptionalDouble":
        return ToolSetModel.Decoding.OPTIONAL_DOUBLE;
      default:
        return !type.getKind().isPrimitive() && SchemaFactory.isNullable(parameter, type)
            ? ToolSetModel.Decoding.NULLABLE
            : ToolSetModel.Decoding.REQUIRED;
    }
  }

  private void warnDoubleWrap(VariableElement parameter, String javaName, TypeMirror type, ExecutableElement method,
      Report report) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    Element element = ((DeclaredType) type).asElement();
    if (element.getKind() != ElementKind.RECORD) {
      return;
    }
    List<? extends RecordComponentElement> components = ((TypeElement) element).getRecordComponents();
    if (components.size() == 1 && components.get(0).getSimpleName().contentEquals(javaName)) {
      report.report(Diagnostic.TOOL_DOUBLE_WRAP, parameter, javaName, signature(method), element.getSimpleName(),
          javaName, javaName, javaName);
    }
  }

  private ToolSetModel.Returns returns(ExecutableElement method, Report report) {
    TypeMirror type = method.getReturnType();
    if (type.getKind() == TypeKind.VOID) {
      return ToolSetModel.Returns.NOTHING;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      String name = SchemaFactory.qualifiedName(type);
      switch (name) {
        case "java.lang.String":
        case "java.lang.CharSequence":
          return ToolSetModel.Returns.TEXT;
        case "dev.claudejava.tool.ToolResult":
          return ToolSetModel.Returns.TOOL_RESULT;
        case "dev.claudejava.model.Image":
          return ToolSetModel.Returns.IMAGE;
        case "java.util.concurrent.Future":
        case "java.util.concurrent.CompletableFuture":
        case "java.util.concurrent.CompletionStage":
          report.report(Diagnostic.TOOL_RETURN_TYPE, method, signature(method), type,
              "the engine cannot wait for (tools run on the engine's executor already)");
          return ToolSetModel.Returns.JSON;
        case "java.util.stream.Stream":
        case "java.io.InputStream":
        case "java.io.Reader":
          report.report(Diagnostic.TOOL_RETURN_TYPE, method, signature(method), type, "has no JSON form");
          return ToolSetModel.Returns.JSON;
        default:
          break;
      }
      if (isContentBlock(type)) {
        return ToolSetModel.Returns.BLOCK;
      }
      DeclaredType declared = (DeclaredType) type;
      if ((name.equals("java.util.List") || name.equals("java.util.Collection"))
          && declared.getTypeArguments().size() == 1 && isContentBlock(upper(declared.getTypeArguments().get(0)))) {
        return ToolSetModel.Returns.BLOCKS;
      }
    }
    return ToolSetModel.Returns.JSON;
  }

  private TypeMirror upper(TypeMirror type) {
    if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((javax.lang.model.type.WildcardType) type).getExtendsBound();
      return bound != null ? bound : type;
    }
    return type;
  }

  private boolean isContentBlock(TypeMirror type) {
    TypeElement block = elements.getTypeElement("dev.claudejava.model.ContentBlock");
    return block != null && type.getKind() == TypeKind.DECLARED && types.isAssignable(type, block.asType());
  }

  /** {@code WeatherTools.getWeather(String, Optional<Unit>)}, for messages. */
  public static String signature(ExecutableElement method) {
    String parameters = method.getParameters().stream()
        .map(p -> simpleTypeName(p.asType()))
        .collect(Collectors.joining(", "));
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "(" + parameters + ")";
  }

  private static String simpleTypeName(TypeMirror type) {
    return type.toString().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z])", "$1");
  }

  /** {@code getWeather} -> {@code get_weather}, {@code getHTTPStatus} -> {@code get_http_status}. */
  public static String snakeCase(String name) {
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
}
