package dev.claudejava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every diagnostic about {@code @ClaudeAgent} interfaces: tag and message, file, line, and no cascade. */
class AgentDiagnosticsTest {

  private static final JavaFileObject TOOLS = JavaFileObjects.forSourceLines("test.WeatherTools",
      "package test;",
      "import dev.claudejava.annotations.Tool;",
      "public class WeatherTools {",
      "  /** Weather. */ @Tool public String getWeather(String city) { return city; }",
      "}");

  private static final JavaFileObject MORE_TOOLS = JavaFileObjects.forSourceLines("test.MoreTools",
      "package test;",
      "import dev.claudejava.annotations.Tool;",
      "public class MoreTools {",
      "  /** Also weather. */ @Tool(name = \"get_weather\") public String weather(String city) { return city; }",
      "}");

  private static JavaFileObject agent(String annotation, String... body) {
    String[] lines = new String[body.length + 9];
    lines[0] = "package test;";
    lines[1] = "import dev.claudejava.annotations.*;";
    lines[2] = "import dev.claudejava.agent.*;";
    lines[3] = "import dev.claudejava.model.*;";
    lines[4] = "import java.util.*;";
    lines[5] = "import java.util.concurrent.CompletableFuture;";
    lines[6] = annotation;
    lines[7] = "public interface Assistant {";
    System.arraycopy(body, 0, lines, 8, body.length);
    lines[lines.length - 1] = "}";
    return JavaFileObjects.forSourceLines("test.Assistant", lines);
  }

  private static final String OPUS = "@ClaudeAgent(model = \"claude-opus-4-8\")";

  private static void assertOneError(JavaFileObject source, String message, String line) {
    Compilation compilation = Compiler.compile(source, TOOLS, MORE_TOOLS);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  private static void assertOneWarning(JavaFileObject source, String message, String line) {
    Compilation compilation = Compiler.compile(source, TOOLS, MORE_TOOLS);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void aWellFormedAgentCompilesWithoutWarnings() {
    Compilation compilation = Compiler.compile(agent(OPUS, "  String ask(String question);"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ClaudeAssistant");
  }

  @Test
  void anInterfaceNamedAgentGetsAnImplementationThatDoesNotHideTheAnnotation() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Agent",
        "package test;",
        "import dev.claudejava.annotations.*;",
        "@ClaudeAgent(model = \"claude-opus-4-8\")",
        "public interface Agent { String ask(String q); }");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ClaudeAgentImpl");
  }

  @Test
  void anAgentMustBeAnInterface() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Agent",
        "package test;",
        "@dev.claudejava.annotations.ClaudeAgent(model = \"claude-opus-4-8\")",
        "public abstract class Agent {}");
    assertOneError(source, "[AgentNotInterface] @ClaudeAgent Agent is a class; the processor implements an interface:"
        + " declare it as an interface", "@dev.claudejava.annotations.ClaudeAgent");
  }

  @Test
  void anAgentMustNotBeGeneric() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Agent",
        "package test;",
        "@dev.claudejava.annotations.ClaudeAgent(model = \"claude-opus-4-8\")",
        "public interface Agent<T> { String ask(String q); }");
    assertOneError(source, "[AgentGeneric] @ClaudeAgent Agent declares type parameters T", "interface Agent<T>");
  }

  @Test
  void anAgentMustBeReachable() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Outer",
        "package test;",
        "public class Outer {",
        "  @dev.claudejava.annotations.ClaudeAgent(model = \"claude-opus-4-8\")",
        "  private interface Hidden { String ask(String q); }",
        "}");
    assertOneError(source, "[AgentUnreachable] @ClaudeAgent Hidden is private, so the generated class cannot"
        + " implement it", "private interface Hidden");
  }

  @Test
  void settingsOutOfRangeAreNamed() {
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8\", maxTokens = 0)", "  String ask(String q);"),
        "[AgentMaxTokens] maxTokens 0 must be at least 1", "maxTokens = 0");
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8\", maxToolRounds = -2)", "  String ask(String q);"),
        "[AgentMaxToolRounds] maxToolRounds -2 must be 0 or more", "maxToolRounds = -2");
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8\", stopSequences = {\"END\", \"  \"})",
            "  String ask(String q);"),
        "[AgentStopSequence] stop sequence \"  \" is white space only", "stopSequences");
  }

  @Test
  void aToolClassListedTwiceIsAnError() {
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8\", tools = {WeatherTools.class, WeatherTools.class})",
            "  String ask(String q);"),
        "[AgentDuplicateTool] tools lists test.WeatherTools twice; list each tool class once", "tools = {");
  }

  @Test
  void aMethodMustNotBeGeneric() {
    assertOneError(agent(OPUS, "  <T> String ask(String question);"),
        "[AgentMethodGeneric] agent method Assistant.ask(String) declares type parameters T", "<T> String ask");
  }

  @Test
  void anUnsupportedParameterIsNamed() {
    assertOneError(agent(OPUS, "  String ask(String question, Thread worker);"),
        "[AgentParamType] parameter 'worker' of agent method Assistant.ask(String, Thread) has type java.lang.Thread",
        "Thread worker");
  }

  @Test
  void twoStringsNeedATemplate() {
    assertOneError(agent(OPUS, "  String ask(String question, String context);"),
        "[AgentAmbiguousMessage] agent method Assistant.ask(String, String) has 2 String parameters (question, context)"
            + " and no @UserMessage", "String ask(String question, String context)");
  }

  @Test
  void aMethodNeedsAMessage() {
    assertOneError(agent(OPUS, "  String ask();"),
        "[AgentNoMessage] agent method Assistant.ask() has no user message: it takes no String, image or document"
            + " parameter", "String ask()");
  }

  @Test
  void aPlaceholderMustNameAParameter() {
    assertOneError(agent(OPUS, "  @UserMessage(\"Forecast for {town}.\") String forecast(String city);"),
        "[AgentPlaceholder] @UserMessage of Assistant.forecast(String) names {town}, which is not a parameter; the"
            + " parameters are city", "@UserMessage(\"Forecast for {town}.\")");
  }

  @Test
  void everyParameterMustBeUsedInTheTemplate() {
    assertOneError(agent(OPUS, "  @UserMessage(\"Forecast for {city}.\") String forecast(String city, int days);"),
        "[AgentUnusedParam] parameter 'days' of Assistant.forecast(String, int) is not used in its @UserMessage template",
        "int days");
  }

  @Test
  void aTemplateMustBeWellFormed() {
    assertOneError(agent(OPUS, "  @UserMessage(\"Forecast for {city\") String forecast(String city);"),
        "[AgentTemplate] @UserMessage of Assistant.forecast(String) is not a valid template: the '{' at position 13 is"
            + " never closed", "@UserMessage(\"Forecast for {city\")");
  }

  @Test
  void atMostOneConversation() {
    assertOneError(agent(OPUS, "  String ask(Conversation a, Conversation b, String q);"),
        "[AgentTwoConversations] agent method Assistant.ask(Conversation, Conversation, String) takes 2 Conversation"
            + " parameters", "String ask(Conversation a");
  }

  @Test
  void voidAndUnsupportedReturnTypesAreNamed() {
    assertOneError(agent(OPUS, "  void ask(String question);"),
        "[AgentReturnType] agent method Assistant.ask(String) returns void: a call to Claude has a reply", "void ask");
    assertOneError(agent(OPUS, "  Object ask(String question);"),
        "[AgentReturnType] agent method Assistant.ask(String) returns java.lang.Object: java.lang.Object has no JSON schema",
        "Object ask");
    assertOneError(agent(OPUS, "  CompletableFuture<AgentStream> ask(String question);"),
        "a stream is already asynchronous; return AgentStream", "CompletableFuture<AgentStream> ask");
  }

  @Test
  void aStructuredReplyMustFitStructuredOutputs() {
    assertOneError(agent(OPUS,
            "  record Node(String name, List<Node> children) {}",
            "  Node tree(String question);"),
        "[AgentReturnType] agent method Assistant.tree(String) returns test.Assistant.Node: Node.children[]: Node refers to"
            + " itself, and structured outputs do not accept recursive schemas", "Node tree");
    assertOneError(agent(OPUS, "  Map<String, Integer> counts(String question);"),
        "is an open object (additionalProperties), which structured outputs do not accept", "counts(String question)");
  }

  @Test
  void maxTokensMustFitTheModel() {
    assertOneError(agent("@ClaudeAgent(model = \"claude-sonnet-4-6\", maxTokens = 100000)", "  String ask(String q);"),
        "[AgentMaxTokens] maxTokens 100000 is above claude-sonnet-4-6's output limit of 64000; lower it to 64000 or"
            + " less", "maxTokens = 100000");
    assertOneError(agent(OPUS, "  @AgentMethod(maxTokens = 200000) String ask(String q);"),
        "[AgentMaxTokens] maxTokens 200000 is above claude-opus-4-8's output limit of 128000", "maxTokens = 200000");
  }

  @Test
  void samplingParametersAreRefusedOnTheOpus48Family() {
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8\", temperature = 0.2)", "  String ask(String q);"),
        "[AgentSampling] temperature = 0.2 on claude-opus-4-8: the Opus 4.8 family answers temperature, top_p and"
            + " top_k with 400 invalid_request_error", "temperature = 0.2");
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8-20260115\", topK = 5)", "  String ask(String q);"),
        "[AgentSampling] top_k = 5 on claude-opus-4-8-20260115", "topK = 5");
  }

  @Test
  void aTemperatureOutOfRangeIsRefused() {
    assertOneError(agent("@ClaudeAgent(model = \"claude-sonnet-4-6\", temperature = 1.5)", "  String ask(String q);"),
        "[AgentSampling] temperature = 1.5 is outside the range the API accepts (0.0 to 1.0)", "temperature = 1.5");
  }

  @Test
  void aThinkingBudgetSaysWhatToWriteInstead() {
    JavaFileObject source = agent("@ClaudeAgent(model = \"claude-opus-4-8\", thinkingBudgetTokens = 8000)",
        "  String ask(String q);");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[AgentThinkingBudget] Assistant sets a thinking token budget (8000); the"
        + " API removed budget_tokens: thinking is adaptive only, use thinking = Thinking.ADAPTIVE with effort ="
        + " Effort.HIGH").inFile(source).onLineContaining("thinkingBudgetTokens = 8000");
  }

  @Test
  void anUnknownModelIsAWarningNamingTheClosest() {
    assertOneWarning(agent("@ClaudeAgent(model = \"claude-opus-4-9\")", "  String ask(String q);"),
        "[AgentUnknownModel] model 'claude-opus-4-9' is not one this version of claude-java knows (claude-opus-4-8,"
            + " claude-sonnet-4-6, claude-haiku-4-5); did you mean 'claude-opus-4-8'?", "model = \"claude-opus-4-9\"");
  }

  @Test
  void cachingAShortPrefixIsAWarningWithTheEstimate() {
    assertOneWarning(agent("@ClaudeAgent(model = \"claude-haiku-4-5\", system = \"Be terse.\", cacheSystem = true)",
            "  String ask(String q);"),
        "[AgentCacheTooShort] cacheSystem = true, but the cacheable prefix (system prompt and tools) is about 2 tokens,"
            + " far below claude-haiku-4-5's minimum of 4096", "cacheSystem = true");
  }

  @Test
  void aPlaceholderInACachedSystemPromptIsAWarning() {
    String longSystem = "x".repeat(5000);
    assertOneWarning(agent("@ClaudeAgent(model = \"claude-opus-4-8\", system = \"" + longSystem + "\", cacheSystem = true)",
            "  @AgentMethod(system = \"You answer as {persona}.\") @UserMessage(\"{question}\")",
            "  String ask(String persona, String question);"),
        "[AgentCachedPlaceholder] the cached system prompt contains {persona}", "@AgentMethod(system =");
  }

  @Test
  void aToolClassWithoutToolsIsAnError() {
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8\", tools = String.class)", "  String ask(String q);"),
        "[AgentToolClass] tools = java.lang.String: String has no @Tool methods", "tools = String.class");
  }

  @Test
  void twoToolClassesWithOneToolNameAreAnError() {
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8\", tools = {WeatherTools.class, MoreTools.class})",
            "  String ask(String q);"),
        "[AgentDuplicateTool] tool 'get_weather' is defined by both test.WeatherTools and test.MoreTools",
        "tools = {WeatherTools.class, MoreTools.class}");
  }

  @Test
  void moreThanFourCacheBreakpointsAreAnError() {
    assertOneError(agent("@ClaudeAgent(model = \"claude-opus-4-8\", system = \"" + "x".repeat(5000)
            + "\", cacheSystem = true, cacheConversation = true, tools = WeatherTools.class)",
            "  String ask(@Cached Document a, @Cached Document b, String q);"),
        "[AgentCacheBreakpoints] Assistant.ask(Document, Document, String) would send 5 cache_control breakpoints; the API"
            + " allows at most 4", "String ask(@Cached Document a");
  }

  @Test
  void forgettingAToolInstanceDoesNotCompile() {
    JavaFileObject agent = agent("@ClaudeAgent(model = \"claude-opus-4-8\", tools = WeatherTools.class)",
        "  String ask(String q);");
    JavaFileObject user = JavaFileObjects.forSourceLines("test.Main",
        "package test;",
        "class Main {",
        "  Assistant agent(dev.claudejava.client.ClaudeClient client) {",
        "    return ClaudeAssistant.builder().client(client).build();",
        "  }",
        "}");
    Compilation compilation = Compiler.compile(agent, TOOLS, user);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(user).onLineContaining(".build()");
  }

  @Test
  void aCompiledToolClassWithoutItsToolSetIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path library)
      throws Exception {
    java.nio.file.Path source = library.resolve("LibraryTools.java");
    java.nio.file.Files.writeString(source, "package lib;\n"
        + "public class LibraryTools {\n"
        + "  /** Doc. */ @dev.claudejava.annotations.Tool public String ping() { return \"pong\"; }\n"
        + "}\n");
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    org.assertj.core.api.Assertions.assertThat(javac.run(null, null, null, "-proc:none", "-d", library.toString(),
        "-cp", System.getProperty("java.class.path"), source.toString())).isZero();
    java.util.List<java.io.File> classpath = new java.util.ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classpath.add(new java.io.File(entry));
    }
    classpath.add(library.toFile());
    JavaFileObject agent = agent("@ClaudeAgent(model = \"claude-opus-4-8\", tools = lib.LibraryTools.class)",
        "  String ask(String q);");

    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new ClaudeProcessor()).withClasspath(classpath).compile(agent);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[AgentToolClass] tools = lib.LibraryTools: it has @Tool methods but no"
        + " generated tool set lib.LibraryToolsToolSet; compile it with claude-processor").inFile(agent)
        .onLineContaining("tools = lib.LibraryTools.class");
  }

  @Test
  void aToolClassThatWaitsForAGeneratedTypeDelaysItsAgentToo() {
    JavaFileObject tools = JavaFileObjects.forSourceLines("test.LaterTools",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "@test.gen.GenerateUnit",
        "public class LaterTools {",
        "  /** Weather in a unit generated by another processor. */",
        "  @Tool public String weather(String city, Unit unit) { return city + unit; }",
        "}");
    JavaFileObject agent = agent("@ClaudeAgent(model = \"claude-opus-4-8\", tools = LaterTools.class)",
        "  String ask(String q);");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new ClaudeProcessor(), new UnitGenerator())
        .compile(UnitGenerator.ANNOTATION, tools, agent);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.LaterToolsToolSet");
    assertThat(compilation).generatedSourceFile("test.ClaudeAssistant");
  }

  @Test
  void everyMistakeOfABuildIsReportedInThatBuild() {
    JavaFileObject source = agent("@ClaudeAgent(model = \"claude-opus-4-8\", temperature = 0.5)",
        "  void a(String q);",
        "  String b(String q, String r);",
        "  @UserMessage(\"{x}\") String c(String q);");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[AgentSampling]").inFile(source).onLineContaining("temperature");
    assertThat(compilation).hadErrorContaining("[AgentReturnType]").inFile(source).onLineContaining("void a");
    assertThat(compilation).hadErrorContaining("[AgentAmbiguousMessage]").inFile(source).onLineContaining("String b");
    assertThat(compilation).hadErrorContaining("[AgentPlaceholder]").inFile(source).onLineContaining("{x}");
  }
}
