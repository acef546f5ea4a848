package dev.claudejava.processor.model;

import dev.claudejava.processor.schema.JsonSchema;
import dev.claudejava.processor.schema.SchemaFactory;
import dev.claudejava.processor.schema.UnresolvedTypes;
import dev.claudejava.processor.validation.Diagnostic;
import dev.claudejava.processor.validation.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @ClaudeAgent} interface into an {@link AgentModel}, reporting every problem it finds. */
public final class AgentReader {

  /** The annotation this reader reads. */
  public static final String CLAUDE_AGENT = "dev.claudejava.annotations.ClaudeAgent";
  private static final String USER_MESSAGE = "dev.claudejava.annotations.UserMessage";
  private static final String AGENT_METHOD = "dev.claudejava.annotations.AgentMethod";
  private static final String CACHED = "dev.claudejava.annotations.Cached";
  private static final String CONVERSATION = "dev.claudejava.agent.Conversation";
  private static final Map<String, AgentModel.MediaKind> MEDIA = Map.of(
      "dev.claudejava.model.Image", AgentModel.MediaKind.IMAGE,
      "dev.claudejava.model.Document", AgentModel.MediaKind.DOCUMENT,
      "dev.claudejava.model.ImageBlock", AgentModel.MediaKind.BLOCK,
      "dev.claudejava.model.DocumentBlock", AgentModel.MediaKind.BLOCK);
  private static final Map<String, AgentModel.Returns> RETURNS = Map.of(
      "java.lang.String", AgentModel.Returns.TEXT,
      "dev.claudejava.model.Message", AgentModel.Returns.MESSAGE,
      "dev.claudejava.agent.AgentResult", AgentModel.Returns.RESULT,
      "dev.claudejava.agent.AgentStream", AgentModel.Returns.STREAM,
      "dev.claudejava.model.TokenCount", AgentModel.Returns.TOKEN_COUNT);
  private static final int MAX_CACHE_BREAKPOINTS = 4;
  private static final int CHARACTERS_PER_TOKEN = 4;

  private final Elements elements;
  private final Types types;
  private final SchemaFactory schemas;
  private final ToolSetReader tools;

  public AgentReader(ProcessingEnvironment environment, SchemaFactory schemas) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.schemas = schemas;
    this.tools = new ToolSetReader(environment, schemas);
  }

  /**
   * The name of the class generated for {@code type}: {@code ClaudeWeatherAgent}, {@code ClaudeOuter_Inner};
   * for an interface named {@code Agent}, {@code ClaudeAgentImpl}, which does not hide the annotation.
   */
  public static String generatedName(TypeElement type) {
    String generated = "Claude" + ToolSetReader.flatName(type);
    return generated.equals("ClaudeAgent") ? "ClaudeAgentImpl" : generated;
  }

  /** The tool classes {@code type}'s annotation lists. */
  public static List<TypeElement> toolClasses(TypeElement type) {
    AnnotationMirror agent = Annotations.find(type, CLAUDE_AGENT).orElseThrow();
    AnnotationValue value = Annotations.explicitValue(agent, "tools");
    List<TypeElement> classes = new ArrayList<>();
    if (value != null) {
      for (Object entry : (List<?>) value.getValue()) {
        Object type0 = ((AnnotationValue) entry).getValue();
        if (type0 instanceof DeclaredType declared) {
          classes.add((TypeElement) declared.asElement());
        }
      }
    }
    return classes;
  }

  /** Whether anything {@code type} refers to has not resolved yet (it may be generated in a later round). */
  public static boolean refersToUnresolvedTypes(TypeElement type, Elements elements) {
    AnnotationMirror agent = Annotations.find(type, CLAUDE_AGENT).orElseThrow();
    AnnotationValue value = Annotations.explicitValue(agent, "tools");
    if (value != null) {
      for (Object entry : (List<?>) value.getValue()) {
        Object tool = ((AnnotationValue) entry).getValue();
        if (!(tool instanceof DeclaredType) || ((DeclaredType) tool).getKind() == TypeKind.ERROR) {
          return true;
        }
      }
    }
    return ElementFilter.methodsIn(elements.getAllMembers(type)).stream().anyMatch(UnresolvedTypes::in);
  }

  /**
   * Reads {@code type}; problems go to {@code report}.
   *
   * @param hasToolSet whether a tool class has a tool set (generated in this build, or compiled before)
   */
  public AgentModel read(TypeElement type, Predicate<TypeElement> hasToolSet, Report report) {
    AnnotationMirror agent = Annotations.find(type, CLAUDE_AGENT).orElseThrow();
    checkType(type, agent, report);
    AgentModel.Settings settings = settings(type, agent, report);
    Optional<KnownModels.Model> known = KnownModels.find(settings.model());

    List<AgentModel.ToolClass> toolClasses = new ArrayList<>();
    Map<String, String> toolOwners = new LinkedHashMap<>();
    StringBuilder cacheable = new StringBuilder(settings.system());
    Set<String> listed = new LinkedHashSet<>();
    AnnotationValue toolsValue = Annotations.explicitValue(agent, "tools");
    for (TypeElement toolClass : toolClasses(type)) {
      String name = toolClass.getQualifiedName().toString();
      if (!listed.add(name)) {
        report.report(Diagnostic.AGENT_DUPLICATE_TOOL_CLASS, type, agent, toolsValue, name);
        continue;
      }
      if (ToolSetReader.toolMethods(toolClass).isEmpty()) {
        report.report(Diagnostic.AGENT_TOOL_CLASS, type, agent, toolsValue, name, toolClass.getSimpleName());
        continue;
      }
      ToolSetModel toolSet = tools.read(toolClass, new Report());
      collectToolNames(toolSet, name, toolOwners, type, agent, toolsValue, report);
      toolSet.tools().forEach(t -> cacheable.append(t.name()).append(t.description()).append(t.inputSchema()));
      if (!hasToolSet.test(toolClass)) {
        report.report(Diagnostic.AGENT_NO_TOOL_SET, type, agent, toolsValue, name,
            toolSet.packageName() + "." + toolSet.generatedName());
        continue;
      }
      toolClasses.add(new AgentModel.ToolClass(toolClass, toolSet.packageName() + "." + toolSet.generatedName(),
          lowerCamel(toolClass.getSimpleName().toString())));
    }
    String ownToolSet = null;
    if (!ToolSetReader.toolMethods(type).isEmpty()) {
      ToolSetModel own = tools.read(type, new Report());
      collectToolNames(own, type.getQualifiedName().toString(), toolOwners, type, agent, null, report);
      own.tools().forEach(t -> cacheable.append(t.name()).append(t.description()).append(t.inputSchema()));
      ownToolSet = own.generatedName();
    }
    boolean hasTools = !toolOwners.isEmpty();

    if (settings.cacheSystem() && known.isPresent()) {
      int estimate = cacheable.length() / CHARACTERS_PER_TOKEN;
      if (estimate < known.get().minCacheableTokens()) {
        report.report(Diagnostic.AGENT_CACHE_TOO_SHORT, type, agent, Annotations.explicitValue(agent, "cacheSystem"),
            estimate, known.get().id(), known.get().minCacheableTokens());
      }
    }
    if (settings.cacheSystem() && !Template.parse(escapeless(settings.system())).placeholders().isEmpty()) {
      report.report(Diagnostic.AGENT_CACHED_PLACEHOLDER, type, agent, Annotations.explicitValue(agent, "system"),
          "{" + String.join("}, {", Template.parse(escapeless(settings.system())).placeholders()) + "}");
    }

    List<AgentModel.Method> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT) || isObjectMethod(method)) {
        continue;
      }
      AgentModel.Method read = readMethod(type, method, settings, agent, known, hasTools, report);
      if (read != null) {
        methods.add(read);
      }
    }
    return new AgentModel(type, elements.getPackageOf(type).getQualifiedName().toString(), generatedName(type),
        settings, toolClasses, ownToolSet, methods);
  }

  private void checkType(TypeElement type, AnnotationMirror agent, Report report) {
    if (type.getKind() != ElementKind.INTERFACE) {
      report.report(Diagnostic.AGENT_NOT_INTERFACE, type, agent, null, type.getSimpleName(), kindName(type));
      return;
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.report(Diagnostic.AGENT_GENERIC, type, type.getSimpleName(), type.getTypeParameters());
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        report.report(Diagnostic.AGENT_UNREACHABLE, type, type.getSimpleName(),
            e == type ? "private" : "inside the private " + e.getSimpleName());
        return;
      }
      if (((TypeElement) e).getNestingKind() == NestingKind.LOCAL) {
        report.report(Diagnostic.AGENT_UNREACHABLE, type, type.getSimpleName(), "local to a method");
        return;
      }
    }
  }

  private AgentModel.Settings settings(TypeElement type, AnnotationMirror agent, Report report) {
    String model = Annotations.string(elements, agent, "model");
    Optional<KnownModels.Model> known = KnownModels.find(model);
    if (known.isEmpty()) {
      report.report(Diagnostic.AGENT_UNKNOWN_MODEL, type, agent, Annotations.explicitValue(agent, "model"), model,
          KnownModels.MODELS.stream().map(KnownModels.Model::id).collect(Collectors.joining(", ")),
          KnownModels.closest(model));
    }
    int maxTokens = (Integer) Annotations.value(elements, agent, "maxTokens").getValue();
    checkMaxTokens(maxTokens, known, type, agent, Annotations.explicitValue(agent, "maxTokens"), report);
    int budget = (Integer) Annotations.value(elements, agent, "thinkingBudgetTokens").getValue();
    if (budget != -1) {
      report.report(Diagnostic.AGENT_THINKING_BUDGET, type, agent,
          Annotations.explicitValue(agent, "thinkingBudgetTokens"), type.getSimpleName(), budget);
    }
    int maxToolRounds = (Integer) Annotations.value(elements, agent, "maxToolRounds").getValue();
    if (maxToolRounds < 0) {
      report.report(Diagnostic.AGENT_MAX_TOOL_ROUNDS, type, agent, Annotations.explicitValue(agent, "maxToolRounds"),
          maxToolRounds);
    }
    List<String> stopSequences = new ArrayList<>();
    for (AnnotationValue value : Annotations.list(elements, agent, "stopSequences")) {
      String sequence = (String) value.getValue();
      if (sequence.isBlank()) {
        report.report(Diagnostic.AGENT_STOP_SEQUENCE, type, agent, value, "\"" + sequence + "\"",
            sequence.isEmpty() ? "empty" : "white space only");
      }
      stopSequences.add(sequence);
    }
    Double temperature = sampling(type, agent, "temperature", model, 0, 1, report);
    Double topP = sampling(type, agent, "topP", model, 0, 1, report);
    Double topK = sampling(type, agent, "topK", model, 0, Double.MAX_VALUE, report);
    return new AgentModel.Settings(model, Annotations.string(elements, agent, "system"),
        (Boolean) Annotations.value(elements, agent, "cacheSystem").getValue(),
        (Boolean) Annotations.value(elements, agent, "cacheConversation").getValue(),
        maxTokens,
        Annotations.value(elements, agent, "thinking").getValue().toString(),
        Annotations.value(elements, agent, "effort").getValue().toString(),
        maxToolRounds, stopSequences, temperature, topP, topK == null ? null : topK.intValue());
  }

  private Double sampling(TypeElement type, AnnotationMirror agent, String member, String model, double min,
      double max, Report report) {
    AnnotationValue value = Annotations.explicitValue(agent, member);
    if (value == null) {
      return null;
    }
    double number = ((Number) value.getValue()).doubleValue();
    if (number < 0) {
      return null;
    }
    String wire = member.equals("topP") ? "top_p" : member.equals("topK") ? "top_k" : member;
    if (KnownModels.rejectsSampling(model)) {
      report.report(Diagnostic.AGENT_SAMPLING, type, agent, value, wire, value, model);
    } else if (number > max) {
      report.report(Diagnostic.AGENT_SAMPLING_RANGE, type, agent, value, wire, value, min + " to " + max);
    }
    return number;
  }

  private void checkMaxTokens(int maxTokens, Optional<KnownModels.Model> known, Element element,
      AnnotationMirror annotation, AnnotationValue value, Report report) {
    if (maxTokens < 1) {
      report.report(Diagnostic.AGENT_MIN_TOKENS, element, annotation, value, maxTokens);
    } else if (known.isPresent() && maxTokens > known.get().maxOutputTokens()) {
      report.report(Diagnostic.AGENT_MAX_TOKENS, element, annotation, value, maxTokens, known.get().id(),
          known.get().maxOutputTokens(), known.get().maxOutputTokens());
    }
  }

  private void collectToolNames(ToolSetModel toolSet, String owner, Map<String, String> owners, TypeElement type,
      AnnotationMirror agent, AnnotationValue value, Report report) {
    for (ToolSetModel.Tool tool : toolSet.tools()) {
      String previous = owners.putIfAbsent(tool.name(), owner);
      if (previous != null) {
        report.report(Diagnostic.AGENT_DUPLICATE_TOOL, type, agent, value, tool.name(), previous, owner);
      }
    }
  }

  private AgentModel.Method readMethod(TypeElement type, ExecutableElement method, AgentModel.Settings settings,
      AnnotationMirror agent, Optional<KnownModels.Model> known, boolean hasTools, Report report) {
    Report own = new Report();
    String signature = ToolSetReader.signature(method);
    ExecutableType executable = (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
    if (!method.getTypeParameters().isEmpty()) {
      own.report(Diagnostic.AGENT_METHOD_GENERIC, method, signature, method.getTypeParameters());
    }

    // return type
    TypeMirror returnType = executable.getReturnType();
    boolean async = false;
    if (SchemaFactory.qualifiedName(returnType).equals("java.util.concurrent.CompletableFuture")) {
      List<? extends TypeMirror> arguments = ((DeclaredType) returnType).getTypeArguments();
      if (arguments.isEmpty() || arguments.get(0).getKind() == TypeKind.WILDCARD) {
        own.report(Diagnostic.AGENT_RETURN_TYPE, method, signature, returnType,
            "give the future's value type, e.g. CompletableFuture<String>");
        report.addAll(own);
        return null;
      }
      async = true;
      returnType = arguments.get(0);
    }
    AgentModel.Returns returns;
    TypeMirror structuredType = null;
    String structuredSchema = null;
    boolean wrapped = false;
    if (returnType.getKind() == TypeKind.VOID) {
      own.report(Diagnostic.AGENT_RETURN_TYPE, method, signature, "void",
          "a call to Claude has a reply; return String (its text), a record (structured output), Message,"
              + " AgentResult, AgentStream or TokenCount");
      returns = AgentModel.Returns.TEXT;
    } else if (RETURNS.containsKey(SchemaFactory.qualifiedName(returnType))) {
      returns = RETURNS.get(SchemaFactory.qualifiedName(returnType));
      if (async && returns == AgentModel.Returns.STREAM) {
        own.report(Diagnostic.AGENT_RETURN_TYPE, method, signature, executable.getReturnType(),
            "a stream is already asynchronous; return AgentStream");
      }
    } else {
      returns = AgentModel.Returns.STRUCTURED;
      structuredType = returnType;
      SchemaFactory.Session session = schemas.session(true);
      List<SchemaFactory.Problem> problems = new ArrayList<>();
      JsonSchema schema = session.schema(returnType, null, problems);
      for (SchemaFactory.Problem problem : problems) {
        own.report(Diagnostic.AGENT_RETURN_TYPE, method, signature, returnType,
            problem.describe() + (problem.strict() ? "" : " (a structured reply needs a JSON schema)"));
      }
      JsonSchema.Document document = session.document(schema);
      wrapped = !(document.root() instanceof JsonSchema.ObjectSchema object) || object.additionalProperties() != null;
      if (wrapped) {
        Map<String, JsonSchema> value = new LinkedHashMap<>();
        value.put("value", document.root());
        document = new JsonSchema.Document(new JsonSchema.ObjectSchema(value, List.of("value"), null, ""),
            document.definitions());
      }
      structuredSchema = document.toJson();
    }

    // parameters
    Map<String, VariableElement> values = new LinkedHashMap<>();
    List<AgentModel.Media> media = new ArrayList<>();
    VariableElement conversation = null;
    int conversations = 0;
    List<? extends TypeMirror> parameterTypes = executable.getParameterTypes();
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      TypeMirror parameterType = parameterTypes.get(i);
      String name = SchemaFactory.qualifiedName(parameterType);
      boolean cached = Annotations.find(parameter, CACHED).isPresent();
      if (name.equals(CONVERSATION)) {
        conversation = parameter;
        conversations++;
      } else if (MEDIA.containsKey(name)) {
        media.add(new AgentModel.Media(parameter, MEDIA.get(name), false, cached));
      } else if (name.equals("java.util.List") && !((DeclaredType) parameterType).getTypeArguments().isEmpty()
          && MEDIA.containsKey(SchemaFactory.qualifiedName(upper(((DeclaredType) parameterType).getTypeArguments().get(0))))
          && MEDIA.get(SchemaFactory.qualifiedName(upper(((DeclaredType) parameterType).getTypeArguments().get(0))))
              != AgentModel.MediaKind.BLOCK) {
        String element = SchemaFactory.qualifiedName(upper(((DeclaredType) parameterType).getTypeArguments().get(0)));
        media.add(new AgentModel.Media(parameter, MEDIA.get(element), true, cached));
      } else {
        values.put(parameter.getSimpleName().toString(), parameter);
      }
    }
    if (conversations > 1) {
      own.report(Diagnostic.AGENT_TWO_CONVERSATIONS, method, signature, conversations);
    }

    // the system prompt: the method's own, or the agent's, either filled from the parameters
    Optional<AnnotationMirror> options = Annotations.find(method, AGENT_METHOD);
    AnnotationValue systemValue = options.map(o -> Annotations.explicitValue(o, "system")).orElse(null);
    String systemText = systemValue != null ? (String) systemValue.getValue() : settings.system();
    Set<String> used = new LinkedHashSet<>();
    List<AgentModel.Part> system = parts(systemText, values, used, method, signature,
        systemValue != null ? options.get() : agent, systemValue != null ? systemValue : Annotations.explicitValue(agent, "system"),
        systemValue != null ? method : type, own);
    if (systemValue != null && settings.cacheSystem() && !Template.parse(escapeless(systemText)).placeholders().isEmpty()) {
      own.report(Diagnostic.AGENT_CACHED_PLACEHOLDER, method, options.get(), systemValue,
          "{" + String.join("}, {", Template.parse(escapeless(systemText)).placeholders()) + "}");
    }

    // the user's text
    List<AgentModel.Part> message = new ArrayList<>();
    Optional<AnnotationMirror> userMessage = Annotations.find(method, USER_MESSAGE);
    if (userMessage.isPresent()) {
      AnnotationValue template = Annotations.value(elements, userMessage.get(), "value");
      Report templateReport = new Report();
      message = parts((String) template.getValue(), values, used, method, signature, userMessage.get(), template, method,
          templateReport);
      own.addAll(templateReport);
      for (VariableElement value : values.values()) {
        if (!templateReport.hasErrors() && !used.contains(value.getSimpleName().toString())) {
          own.report(Diagnostic.AGENT_UNUSED_PARAM, value, value.getSimpleName(), signature, value.getSimpleName());
        }
      }
    } else {
      List<VariableElement> candidates = values.values().stream()
          .filter(v -> !used.contains(v.getSimpleName().toString()))
          .collect(Collectors.toList());
      List<VariableElement> strings = candidates.stream().filter(v -> isText(v.asType())).collect(Collectors.toList());
      for (VariableElement candidate : candidates) {
        if (!isText(candidate.asType())) {
          own.report(Diagnostic.AGENT_PARAM_TYPE, candidate, candidate.getSimpleName(), signature, candidate.asType());
        }
      }
      if (strings.size() == 1) {
        message.add(new AgentModel.Part(null, strings.get(0)));
      } else if (strings.size() > 1) {
        own.report(Diagnostic.AGENT_AMBIGUOUS_MESSAGE, method, signature, strings.size(),
            strings.stream().map(v -> v.getSimpleName().toString()).collect(Collectors.joining(", ")),
            strings.get(0).getSimpleName());
      } else if (media.isEmpty() && candidates.isEmpty()) {
        own.report(Diagnostic.AGENT_NO_MESSAGE, method, signature,
            "it takes no String, image or document parameter");
      }
    }

    // method-level settings and the request's limits
    int maxTokens = -1;
    String effort = "DEFAULT";
    if (options.isPresent()) {
      AnnotationValue tokens = Annotations.explicitValue(options.get(), "maxTokens");
      if (tokens != null) {
        maxTokens = (Integer) tokens.getValue();
        checkMaxTokens(maxTokens, known, method, options.get(), tokens, own);
      }
      effort = Annotations.value(elements, options.get(), "effort").getValue().toString();
    }
    int breakpoints = (settings.cacheSystem() ? (hasTools ? 1 : 0) + (systemText.isEmpty() ? 0 : 1) : 0)
        + (settings.cacheConversation() ? 1 : 0)
        + (int) media.stream().filter(AgentModel.Media::cached).count();
    if (breakpoints > MAX_CACHE_BREAKPOINTS) {
      own.report(Diagnostic.AGENT_CACHE_BREAKPOINTS, method, signature, breakpoints);
    }
    report.addAll(own);
    if (own.hasErrors()) {
      return null;
    }
    return new AgentModel.Method(method, executable, returns, async, structuredType, structuredSchema, wrapped,
        message, media, conversation, system, maxTokens, effort);
  }

  /** A template's parts; each placeholder must name one of {@code values}, which are then {@code used}. */
  private List<AgentModel.Part> parts(String text, Map<String, VariableElement> values, Set<String> used,
      ExecutableElement method, String signature, AnnotationMirror annotation, AnnotationValue value, Element on,
      Report report) {
    Template template;
    try {
      template = Template.parse(text);
    } catch (IllegalArgumentException e) {
      report.report(Diagnostic.AGENT_TEMPLATE, on, annotation, value, signature, e.getMessage());
      return List.of();
    }
    List<AgentModel.Part> parts = new ArrayList<>();
    for (Template.Piece piece : template.parts()) {
      if (!piece.placeholder()) {
        parts.add(new AgentModel.Part(piece.text(), null));
      } else if (values.containsKey(piece.text())) {
        used.add(piece.text());
        parts.add(new AgentModel.Part(null, values.get(piece.text())));
      } else {
        report.report(Diagnostic.AGENT_PLACEHOLDER, on, annotation, value, signature, piece.text(),
            values.isEmpty() ? "none" : String.join(", ", values.keySet()));
      }
    }
    return parts;
  }

  private static String kindName(TypeElement type) {
    switch (type.getKind()) {
      case ENUM:
        return "an enum";
      case RECORD:
        return "a record";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a class";
    }
  }

  private static String escapeless(String text) {
    return text.replace("{{", "").replace("}}", "");
  }

  private boolean isText(TypeMirror type) {
    String name = SchemaFactory.qualifiedName(type);
    return name.equals("java.lang.String") || name.equals("java.lang.CharSequence");
  }

  private TypeMirror upper(TypeMirror type) {
    if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((javax.lang.model.type.WildcardType) type).getExtendsBound();
      return bound != null ? bound : type;
    }
    return type;
  }

  private boolean isObjectMethod(ExecutableElement method) {
    TypeElement object = elements.getTypeElement("java.lang.Object");
    for (ExecutableElement candidate : ElementFilter.methodsIn(object.getEnclosedElements())) {
      if (candidate.getSimpleName().equals(method.getSimpleName())
          && elements.overrides(method, candidate, (TypeElement) method.getEnclosingElement())) {
        return true;
      }
    }
    return false;
  }

  private static String lowerCamel(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
