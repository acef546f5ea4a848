package dev.claudejava.processor.schema;

import dev.claudejava.processor.model.Annotations;
import dev.claudejava.processor.model.Javadoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds JSON schemas from Java types at compile time, as Jackson (with the java.time and JDK 8
 * modules) reads those types: scalars, java.time values, enums, records, JavaBeans, collections,
 * {@code Map<String, V>}, {@code Optional}, and sealed interfaces of records with Jackson type
 * information. A type used more than once, or recursively, is defined once under {@code $defs}.
 *
 * <p>In strict mode it also enforces what the API's structured outputs (and strict tools) accept:
 * no recursion, no maps (every object must be closed with {@code additionalProperties: false}), no
 * numeric, length or pattern bounds.
 *
 * <p>Problems are collected, not thrown, each with the path inside the type where it is.
 */
public final class SchemaFactory {

  /** A type the schema cannot describe, where it is. */
  public record Problem(String path, String message, boolean strict) {

    /** The problem as one line: {@code path: message}, or the message alone at the root. */
    public String describe() {
      return path.isEmpty() ? message : path + ": " + message;
    }
  }

  private static final String USE_INSTEAD =
      "use a record, enum, String, number, boolean, List, Map or Optional";

  private static final Map<String, String> FORMATS = Map.ofEntries(
      Map.entry("java.util.UUID", "uuid"),
      Map.entry("java.net.URI", "uri"),
      Map.entry("java.net.URL", "uri"),
      Map.entry("java.time.LocalDate", "date"),
      Map.entry("java.time.LocalTime", "time"),
      Map.entry("java.time.OffsetTime", "time"),
      Map.entry("java.time.LocalDateTime", "date-time"),
      Map.entry("java.time.OffsetDateTime", "date-time"),
      Map.entry("java.time.ZonedDateTime", "date-time"),
      Map.entry("java.time.Instant", "date-time"),
      Map.entry("java.time.Duration", "duration"));

  private static final Set<String> INTEGERS = Set.of(
      "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.math.BigInteger");
  private static final Set<String> NUMBERS = Set.of("java.lang.Float", "java.lang.Double", "java.math.BigDecimal");
  private static final Set<String> STRINGS = Set.of("java.lang.String", "java.lang.CharSequence", "java.lang.Character");
  private static final Set<String> COLLECTIONS = Set.of(
      "java.util.List", "java.util.Collection", "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet",
      "java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet", "java.util.LinkedHashSet",
      "java.util.TreeSet");
  private static final Set<String> SETS = Set.of(
      "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet", "java.util.HashSet",
      "java.util.LinkedHashSet", "java.util.TreeSet");
  private static final Set<String> MAPS = Set.of(
      "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap", "java.util.HashMap",
      "java.util.LinkedHashMap", "java.util.TreeMap");
  private static final Map<String, String> NO_SCHEMA = Map.ofEntries(
      Map.entry("java.lang.Object", "has no JSON schema; " + USE_INSTEAD),
      Map.entry("java.lang.Class", "is a Java class reference, which has no JSON form; " + USE_INSTEAD),
      Map.entry("java.io.InputStream", "is an I/O stream, which has no JSON form; take a String, or bytes as byte[]"),
      Map.entry("java.io.OutputStream", "is an I/O stream, which has no JSON form; return the value instead"),
      Map.entry("java.io.Reader", "is an I/O stream, which has no JSON form; take a String"),
      Map.entry("java.io.Writer", "is an I/O stream, which has no JSON form; return the value instead"),
      Map.entry("java.io.File", "is a file handle, which the model cannot send; take the path as a String"),
      Map.entry("java.nio.file.Path", "is a file handle, which the model cannot send; take the path as a String"),
      Map.entry("java.util.stream.Stream", "is a stream, which has no JSON form; use a List"),
      Map.entry("java.util.Iterator", "is an iterator, which has no JSON form; use a List"),
      Map.entry("java.lang.Iterable", "has no JSON form of its own; use a List"),
      Map.entry("java.util.concurrent.Future", "is a pending computation, which has no JSON form; use the value"),
      Map.entry("java.util.concurrent.CompletableFuture",
          "is a pending computation, which has no JSON form; use the value"),
      Map.entry("java.lang.Thread", "has no JSON form; " + USE_INSTEAD));

  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  private static final String JSON_TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";
  private static final String JSON_SUB_TYPES = "com.fasterxml.jackson.annotation.JsonSubTypes";
  private static final String JSON_TYPE_NAME = "com.fasterxml.jackson.annotation.JsonTypeName";
  private static final String PARAM = "dev.claudejava.annotations.Param";
  private static final Set<String> BOUND_ANNOTATIONS = Set.of(
      "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "Size",
      "Pattern");

  private final Elements elements;
  private final Types types;

  public SchemaFactory(ProcessingEnvironment environment) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
  }

  /** A session builds one schema document: its root and the definitions the root shares. */
  public Session session(boolean strict) {
    return new Session(strict);
  }

  /** Whether a property of {@code type} may be absent: {@code Optional}, {@code OptionalInt} and friends. */
  public boolean isOptional(TypeMirror type) {
    String name = qualifiedName(type);
    return name.equals("java.util.Optional") || name.equals("java.util.OptionalInt")
        || name.equals("java.util.OptionalLong") || name.equals("java.util.OptionalDouble");
  }

  /** Whether {@code element} (or its type) carries an annotation named {@code Nullable}. */
  public static boolean isNullable(Element element, TypeMirror type) {
    return Annotations.hasSimpleName(element, type, "Nullable");
  }

  /** The qualified name of a declared type's element, or the type's text. */
  public static String qualifiedName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return type.toString();
  }

  /** The schemas of one document, sharing definitions. */
  public final class Session {
    private final boolean strict;
    private final Map<String, JsonSchema> definitions = new LinkedHashMap<>();
    private final Map<String, String> nameByType = new HashMap<>();
    private final Map<String, TypeMirror> typeByName = new HashMap<>();
    private final Set<String> building = new HashSet<>();
    private final Set<String> recursive = new HashSet<>();

    private Session(boolean strict) {
      this.strict = strict;
    }

    /**
     * The schema of a value of {@code type}, declared by {@code element} (a parameter or a record
     * component, whose bound annotations apply; may be null). Problems are added to {@code problems}.
     */
    public JsonSchema schema(TypeMirror type, Element element, List<Problem> problems) {
      JsonSchema schema = valueSchema(type, "", problems);
      return element == null ? schema : bounded(schema, element, "", problems);
    }

    /** The finished document: definitions referenced once (and not recursively) are inlined. */
    public JsonSchema.Document document(JsonSchema root) {
      Map<String, Integer> counts = new HashMap<>();
      count(root, counts);
      for (JsonSchema definition : definitions.values()) {
        count(definition, counts);
      }
      Map<String, JsonSchema> kept = new LinkedHashMap<>();
      for (Map.Entry<String, JsonSchema> definition : definitions.entrySet()) {
        if (counts.getOrDefault(definition.getKey(), 0) > 1 || recursive.contains(definition.getKey())) {
          kept.put(definition.getKey(), null);
        }
      }
      for (String name : kept.keySet()) {
        kept.put(name, inline(definitions.get(name), kept.keySet()));
      }
      return new JsonSchema.Document(inline(root, kept.keySet()), kept);
    }

    private JsonSchema valueSchema(TypeMirror type, String path, List<Problem> problems) {
      switch (type.getKind()) {
        case BOOLEAN:
          return new JsonSchema.BooleanSchema("");
        case BYTE:
        case SHORT:
        case INT:
        case LONG:
          return JsonSchema.NumberSchema.of(true);
        case FLOAT:
        case DOUBLE:
          return JsonSchema.NumberSchema.of(false);
        case CHAR:
          return JsonSchema.StringSchema.of("");
        case ARRAY:
          TypeMirror component = ((ArrayType) type).getComponentType();
          if (component.getKind() == TypeKind.BYTE) {
            return JsonSchema.StringSchema.of("").describedAs("base64-encoded bytes");
          }
          return JsonSchema.ArraySchema.of(valueSchema(component, path + "[]", problems), false);
        case DECLARED:
          return declaredSchema((DeclaredType) type, path, problems);
        case TYPEVAR:
          return unsupported(path, type + " is a type variable; use a concrete type", problems);
        case WILDCARD:
          return unsupported(path, type + " is a wildcard; write the type itself, e.g. List<Stop>", problems);
        case ERROR:
          return unsupported(path, type + " does not resolve, so it has no schema; fix its import, or the processor"
              + " that should generate it", problems);
        default:
          return unsupported(path, type + " has no JSON schema; " + USE_INSTEAD, problems);
      }
    }

    private JsonSchema declaredSchema(DeclaredType type, String path, List<Problem> problems) {
      TypeElement element = (TypeElement) type.asElement();
      String name = element.getQualifiedName().toString();
      List<? extends TypeMirror> arguments = type.getTypeArguments();
      if (name.equals("java.lang.Boolean")) {
        return new JsonSchema.BooleanSchema("");
      }
      if (INTEGERS.contains(name)) {
        return JsonSchema.NumberSchema.of(true);
      }
      if (NUMBERS.contains(name)) {
        return JsonSchema.NumberSchema.of(false);
      }
      if (STRINGS.contains(name)) {
        return JsonSchema.StringSchema.of("");
      }
      if (FORMATS.containsKey(name)) {
        return JsonSchema.StringSchema.of(FORMATS.get(name));
      }
      if (name.equals("java.util.OptionalInt") || name.equals("java.util.OptionalLong")) {
        return JsonSchema.NumberSchema.of(true);
      }
      if (name.equals("java.util.OptionalDouble")) {
        return JsonSchema.NumberSchema.of(false);
      }
      if (NO_SCHEMA.containsKey(name)) {
        return unsupported(path, name + " " + NO_SCHEMA.get(name), problems);
      }
      if (name.equals("java.util.Optional") || COLLECTIONS.contains(name) || MAPS.contains(name)) {
        if (arguments.isEmpty()) {
          return unsupported(path, name + " is a raw type; give its type arguments, e.g. "
              + element.getSimpleName() + (MAPS.contains(name) ? "<String, Stop>" : "<Stop>"), problems);
        }
        for (TypeMirror argument : arguments) {
          if (argument.getKind() == TypeKind.WILDCARD) {
            return unsupported(path, type + " has a wildcard type argument; write the type itself, e.g. "
                + element.getSimpleName() + (MAPS.contains(name) ? "<String, Stop>" : "<Stop>"), problems);
          }
        }
      }
      if (name.equals("java.util.Optional")) {
        return valueSchema(arguments.get(0), path, problems);
      }
      if (COLLECTIONS.contains(name)) {
        return JsonSchema.ArraySchema.of(valueSchema(arguments.get(0), path + "[]", problems),
            !strict && SETS.contains(name));
      }
      if (MAPS.contains(name)) {
        if (!qualifiedName(arguments.get(0)).equals("java.lang.String")) {
          return unsupported(path, type + " has keys of type " + arguments.get(0)
              + "; JSON object keys are strings: use Map<String, " + arguments.get(1) + ">", problems);
        }
        if (strict) {
          problems.add(new Problem(path, type + " is an open object (additionalProperties), which structured outputs"
              + " do not accept: every object must have additionalProperties false; use a record or a List of"
              + " key-value records", true));
        }
        JsonSchema values = valueSchema(arguments.get(1), path + "{}", problems);
        return new JsonSchema.ObjectSchema(Map.of(), List.of(), values, "");
      }
      if (element.getKind() == ElementKind.ENUM) {
        return named(type, path, problems);
      }
      if (element.getKind() == ElementKind.RECORD) {
        return named(type, path, problems);
      }
      if (element.getKind() == ElementKind.INTERFACE && element.getModifiers().contains(Modifier.SEALED)) {
        return named(type, path, problems);
      }
      if (element.getKind() == ElementKind.INTERFACE) {
        String what = isFunctionalInterface(element) ? "a functional interface" : "an interface";
        return unsupported(path, name + " is " + what + ", which has no JSON form; " + USE_INSTEAD
            + " (an interface works when it is sealed and its records carry Jackson type information)", problems);
      }
      if (element.getKind() == ElementKind.CLASS && element.getModifiers().contains(Modifier.ABSTRACT)) {
        return unsupported(path, name + " is abstract, so Jackson cannot create it; " + USE_INSTEAD, problems);
      }
      if (element.getKind() == ElementKind.CLASS && !arguments.isEmpty()) {
        return unsupported(path, type + " is a generic class; its properties depend on type arguments the schema"
            + " cannot follow: use a record with concrete types", problems);
      }
      if (element.getKind() == ElementKind.CLASS) {
        return named(type, path, problems);
      }
      return unsupported(path, name + " has no JSON schema; " + USE_INSTEAD, problems);
    }

    /** A record, bean, enum or sealed interface: defined once, referenced where used. */
    private JsonSchema named(DeclaredType type, String path, List<Problem> problems) {
      TypeElement element = (TypeElement) type.asElement();
      String key = element.getQualifiedName().toString();
      String name = nameByType.get(key);
      if (name != null) {
        if (building.contains(name)) {
          recursive.add(name);
          if (strict) {
            problems.add(new Problem(path, element.getSimpleName() + " refers to itself, and structured outputs do not"
                + " accept recursive schemas; flatten the type", true));
          }
        }
        return new JsonSchema.RefSchema(name, "");
      }
      name = definitionName(element);
      nameByType.put(key, name);
      typeByName.put(name, type);
      definitions.put(name, null);
      building.add(name);
      String base = path.isEmpty() ? element.getSimpleName().toString() : path;
      JsonSchema schema;
      if (element.getKind() == ElementKind.ENUM) {
        schema = enumSchema(element);
      } else if (element.getKind() == ElementKind.RECORD) {
        schema = recordSchema(element, base, problems);
      } else if (element.getKind() == ElementKind.INTERFACE) {
        schema = sealedSchema(element, base, problems);
      } else {
        schema = beanSchema(element, base, problems);
      }
      String description = Javadoc.of(elements, element).description();
      definitions.put(name, description.isEmpty() ? schema : schema.describedAs(description));
      building.remove(name);
      return new JsonSchema.RefSchema(name, "");
    }

    private String definitionName(TypeElement element) {
      String simple = element.getSimpleName().toString();
      return typeByName.containsKey(simple) ? element.getQualifiedName().toString() : simple;
    }

    private JsonSchema enumSchema(TypeElement element) {
      List<String> values = new ArrayList<>();
      for (VariableElement constant : ElementFilter.fieldsIn(element.getEnclosedElements())) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          values.add(jsonName(constant, constant.getSimpleName().toString()));
        }
      }
      return JsonSchema.StringSchema.oneOf(values);
    }

    private JsonSchema recordSchema(TypeElement element, String path, List<Problem> problems) {
      Javadoc doc = Javadoc.of(elements, element);
      Map<String, JsonSchema> properties = new LinkedHashMap<>();
      List<String> required = new ArrayList<>();
      for (RecordComponentElement component : element.getRecordComponents()) {
        Element field = field(element, component.getSimpleName().toString());
        if (Annotations.find(component, JSON_IGNORE).isPresent()
            || (field != null && Annotations.find(field, JSON_IGNORE).isPresent())) {
          continue;
        }
        String javaName = component.getSimpleName().toString();
        String jsonName = jsonName(field != null ? field : component, javaName);
        String propertyPath = path + "." + jsonName;
        String rename = Annotations.find(component, PARAM)
            .map(p -> Annotations.explicitValue(p, "name"))
            .map(v -> (String) v.getValue())
            .orElse(null);
        if (rename != null) {
          problems.add(new Problem(propertyPath, "@Param(name = \"" + rename + "\") renames tool parameters only;"
              + " Jackson reads a record component by its @JsonProperty name: write @JsonProperty(\"" + rename
              + "\")", false));
        }
        TypeMirror type = component.asType();
        JsonSchema schema = bounded(valueSchema(type, propertyPath, problems), field != null ? field : component,
            propertyPath, problems);
        String description = paramDescription(field != null ? field : component);
        if (description.isEmpty()) {
          description = doc.params().getOrDefault(javaName, "");
        }
        properties.put(jsonName, description.isEmpty() ? schema : schema.describedAs(description));
        if (!isOptional(type) && !isNullable(component, type) && !(field != null && isNullable(field, type))) {
          required.add(jsonName);
        }
      }
      return new JsonSchema.ObjectSchema(properties, required, null, "");
    }

    private JsonSchema beanSchema(TypeElement element, String path, List<Problem> problems) {
      boolean creatable = true;
      for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
        creatable = false;
        if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
          creatable = true;
          break;
        }
      }
      if (!creatable) {
        return unsupported(path, element.getQualifiedName() + " has no public no-argument constructor, so Jackson"
            + " cannot create it; use a record, or add the constructor and setters", problems);
      }
      Map<String, JsonSchema> properties = new LinkedHashMap<>();
      List<String> required = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        String javaName;
        TypeMirror type;
        if (member.getKind() == ElementKind.FIELD && member.getModifiers().contains(Modifier.PUBLIC)
            && !member.getModifiers().contains(Modifier.STATIC) && !member.getModifiers().contains(Modifier.FINAL)) {
          javaName = member.getSimpleName().toString();
          type = member.asType();
        } else if (member.getKind() == ElementKind.METHOD && isSetter((ExecutableElement) member)) {
          String method = member.getSimpleName().toString();
          javaName = Character.toLowerCase(method.charAt(3)) + method.substring(4);
          type = ((ExecutableElement) member).getParameters().get(0).asType();
        } else {
          continue;
        }
        if (Annotations.find(member, JSON_IGNORE).isPresent() || properties.containsKey(javaName)) {
          continue;
        }
        String jsonName = jsonName(member, javaName);
        String propertyPath = path + "." + jsonName;
        JsonSchema schema = bounded(valueSchema(type, propertyPath, problems), member, propertyPath, problems);
        String description = paramDescription(member);
        if (description.isEmpty()) {
          description = Javadoc.of(elements, member).description();
        }
        properties.put(jsonName, description.isEmpty() ? schema : schema.describedAs(description));
        if (!isOptional(type) && !isNullable(member, type)) {
          required.add(jsonName);
        }
      }
      if (properties.isEmpty()) {
        return unsupported(path, element.getQualifiedName() + " has no properties Jackson can set (public setters"
            + " or public fields); use a record", problems);
      }
      return new JsonSchema.ObjectSchema(properties, required, null, "");
    }

    private JsonSchema sealedSchema(TypeElement element, String path, List<Problem> problems) {
      Optional<AnnotationMirror> typeInfo = Annotations.find(element, JSON_TYPE_INFO);
      if (typeInfo.isEmpty()) {
        return unsupported(path, element.getQualifiedName() + " is a sealed interface without @JsonTypeInfo, so"
            + " Jackson cannot tell its records apart; add @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property ="
            + " \"type\")", problems);
      }
      String use = Annotations.value(elements, typeInfo.get(), "use").getValue().toString();
      String include = Annotations.value(elements, typeInfo.get(), "include").getValue().toString();
      if (!use.equals("NAME") && !use.equals("SIMPLE_NAME")) {
        return unsupported(path, element.getQualifiedName() + " uses @JsonTypeInfo(use = " + use + "); the schema"
            + " describes type names: use JsonTypeInfo.Id.NAME", problems);
      }
      if (!include.equals("PROPERTY") && !include.equals("EXISTING_PROPERTY")) {
        return unsupported(path, element.getQualifiedName() + " uses @JsonTypeInfo(include = " + include + "); the"
            + " schema describes a type property: use JsonTypeInfo.As.PROPERTY", problems);
      }
      String property = Annotations.string(elements, typeInfo.get(), "property");
      if (property.isEmpty()) {
        property = "@type";
      }
      Map<String, String> declaredNames = new HashMap<>();
      Annotations.find(element, JSON_SUB_TYPES).ifPresent(subTypes -> {
        for (AnnotationValue entry : Annotations.list(elements, subTypes, "value")) {
          AnnotationMirror subType = (AnnotationMirror) entry.getValue();
          TypeMirror value = (TypeMirror) Annotations.value(elements, subType, "value").getValue();
          String typeName = Annotations.string(elements, subType, "name");
          if (!typeName.isEmpty()) {
            declaredNames.put(qualifiedName(value), typeName);
          }
        }
      });
      List<JsonSchema> options = new ArrayList<>();
      for (TypeMirror permitted : element.getPermittedSubclasses()) {
        TypeElement subtype = (TypeElement) types.asElement(permitted);
        String subtypeName = subtype.getQualifiedName().toString();
        String typeName = declaredNames.getOrDefault(subtypeName,
            Annotations.find(subtype, JSON_TYPE_NAME)
                .map(n -> Annotations.string(elements, n, "value"))
                .filter(n -> !n.isEmpty())
                .orElse(subtype.getSimpleName().toString()));
        if (subtype.getKind() != ElementKind.RECORD) {
          problems.add(new Problem(path, element.getSimpleName() + " permits " + subtype.getSimpleName()
              + ", which is not a record; a sealed interface's subtypes must be records to have a schema", false));
          continue;
        }
        JsonSchema record = recordSchema(subtype, path + "<" + typeName + ">", problems);
        JsonSchema.ObjectSchema object = (JsonSchema.ObjectSchema) record;
        Map<String, JsonSchema> properties = new LinkedHashMap<>();
        properties.put(property, new JsonSchema.ConstSchema(typeName, ""));
        properties.putAll(object.properties());
        List<String> required = new ArrayList<>();
        required.add(property);
        required.addAll(object.required());
        String description = Javadoc.of(elements, subtype).description();
        options.add(new JsonSchema.ObjectSchema(properties, required, null, description));
      }
      return new JsonSchema.AnyOfSchema(options, "");
    }

    /** Applies bean-validation-style bounds ({@code @Min}, {@code @Size}, ...) found on {@code element}. */
    private JsonSchema bounded(JsonSchema schema, Element element, String path, List<Problem> problems) {
      JsonSchema bounded = schema;
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String simple = Annotations.simpleName(mirror);
        String qualified = Annotations.name(mirror);
        if (!BOUND_ANNOTATIONS.contains(simple)
            || !(qualified.startsWith("jakarta.validation.constraints.")
                || qualified.startsWith("javax.validation.constraints."))) {
          continue;
        }
        if (strict) {
          problems.add(new Problem(path, "@" + simple + " sets a bound, which structured outputs do not accept"
              + " (no numeric, length or pattern constraints); remove it", true));
          continue;
        }
        bounded = applyBound(bounded, simple, mirror);
      }
      return bounded;
    }

    private JsonSchema applyBound(JsonSchema schema, String simple, AnnotationMirror mirror) {
      if (schema instanceof JsonSchema.NumberSchema number) {
        switch (simple) {
          case "Min":
          case "DecimalMin":
            return number.bounded(Annotations.value(elements, mirror, "value").getValue().toString(), number.maximum());
          case "Max":
          case "DecimalMax":
            return number.bounded(number.minimum(), Annotations.value(elements, mirror, "value").getValue().toString());
          case "Positive":
            return number.bounded("1", number.maximum());
          case "PositiveOrZero":
            return number.bounded("0", number.maximum());
          case "Negative":
            return number.bounded(number.minimum(), "-1");
          case "NegativeOrZero":
            return number.bounded(number.minimum(), "0");
          default:
            return schema;
        }
      }
      if (schema instanceof JsonSchema.StringSchema string) {
        if (simple.equals("Size")) {
          int min = (Integer) Annotations.value(elements, mirror, "min").getValue();
          int max = (Integer) Annotations.value(elements, mirror, "max").getValue();
          return string.bounded(min > 0 ? min : null, max < Integer.MAX_VALUE ? max : null, string.pattern());
        }
        if (simple.equals("Pattern")) {
          return string.bounded(string.minLength(), string.maxLength(),
              Annotations.string(elements, mirror, "regexp"));
        }
      }
      if (schema instanceof JsonSchema.ArraySchema array && simple.equals("Size")) {
        int min = (Integer) Annotations.value(elements, mirror, "min").getValue();
        int max = (Integer) Annotations.value(elements, mirror, "max").getValue();
        return array.bounded(min > 0 ? min : null, max < Integer.MAX_VALUE ? max : null);
      }
      return schema;
    }

    private JsonSchema unsupported(String path, String message, List<Problem> problems) {
      problems.add(new Problem(path, message, false));
      return new JsonSchema.ObjectSchema(Map.of(), List.of(), null, "");
    }

    private String jsonName(Element element, String fallback) {
      return Annotations.find(element, JSON_PROPERTY)
          .map(p -> Annotations.string(elements, p, "value"))
          .filter(name -> !name.isEmpty())
          .orElse(fallback);
    }

    private String paramDescription(Element element) {
      return Annotations.find(element, PARAM).map(p -> Annotations.string(elements, p, "value")).orElse("");
    }

    private Element field(TypeElement record, String name) {
      for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(name)) {
          return field;
        }
      }
      return null;
    }

    private boolean isSetter(ExecutableElement method) {
      String name = method.getSimpleName().toString();
      return name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3))
          && method.getParameters().size() == 1 && method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC);
    }

    private void count(JsonSchema schema, Map<String, Integer> counts) {
      if (schema instanceof JsonSchema.RefSchema ref) {
        counts.merge(ref.name(), 1, Integer::sum);
      } else if (schema instanceof JsonSchema.ArraySchema array) {
        count(array.items(), counts);
      } else if (schema instanceof JsonSchema.ObjectSchema object) {
        object.properties().values().forEach(p -> count(p, counts));
        if (object.additionalProperties() != null) {
          count(object.additionalProperties(), counts);
        }
      } else if (schema instanceof JsonSchema.AnyOfSchema anyOf) {
        anyOf.options().forEach(o -> count(o, counts));
      }
    }

    /** {@code schema} with every reference to a definition that is not {@code kept} replaced by the definition. */
    private JsonSchema inline(JsonSchema schema, Set<String> kept) {
      if (schema instanceof JsonSchema.RefSchema ref) {
        if (kept.contains(ref.name())) {
          return ref;
        }
        JsonSchema definition = inline(definitions.get(ref.name()), kept);
        return ref.description().isEmpty() ? definition : definition.describedAs(ref.description());
      }
      if (schema instanceof JsonSchema.ArraySchema array) {
        return new JsonSchema.ArraySchema(inline(array.items(), kept), array.uniqueItems(), array.minItems(),
            array.maxItems(), array.description());
      }
      if (schema instanceof JsonSchema.ObjectSchema object) {
        Map<String, JsonSchema> properties = new LinkedHashMap<>();
        object.properties().forEach((name, property) -> properties.put(name, inline(property, kept)));
        return new JsonSchema.ObjectSchema(properties, object.required(),
            object.additionalProperties() == null ? null : inline(object.additionalProperties(), kept),
            object.description());
      }
      if (schema instanceof JsonSchema.AnyOfSchema anyOf) {
        List<JsonSchema> options = new ArrayList<>();
        anyOf.options().forEach(o -> options.add(inline(o, kept)));
        return new JsonSchema.AnyOfSchema(options, anyOf.description());
      }
      return schema;
    }
  }

  private boolean isFunctionalInterface(TypeElement element) {
    if (Annotations.find(element, "java.lang.FunctionalInterface").isPresent()) {
      return true;
    }
    int abstractMethods = 0;
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && !method.getEnclosingElement().toString().equals("java.lang.Object")) {
        abstractMethods++;
      }
    }
    return abstractMethods == 1;
  }
}
