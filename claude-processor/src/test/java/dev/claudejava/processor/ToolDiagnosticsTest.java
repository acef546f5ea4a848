package dev.claudejava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every diagnostic about {@code @Tool} classes: its tag and message, the file, the line, and no cascade. */
class ToolDiagnosticsTest {

  private static JavaFileObject tools(String... body) {
    String[] lines = new String[body.length + 6];
    lines[0] = "package test;";
    lines[1] = "import dev.claudejava.annotations.*;";
    lines[2] = "import java.util.*;";
    lines[3] = "/** Tools. */";
    lines[4] = "public class Tools {";
    System.arraycopy(body, 0, lines, 5, body.length);
    lines[lines.length - 1] = "}";
    return JavaFileObjects.forSourceLines("test.Tools", lines);
  }

  private static void assertOneError(JavaFileObject source, String message, String line) {
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void aToolMustBePublic() {
    assertOneError(tools("  /** Doc. */ @Tool String ping() { return \"\"; }"),
        "[ToolNotPublic] @Tool method Tools.ping() is package-private; the generated tool set calls it from outside"
            + " the class: make it public",
        "String ping()");
  }

  @Test
  void aToolMustNotBeStatic() {
    assertOneError(tools("  /** Doc. */ @Tool public static String ping() { return \"\"; }"),
        "[ToolStatic] @Tool method Tools.ping() is static", "static String ping()");
  }

  @Test
  void aToolMustHaveABody() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Tools",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "public abstract class Tools {",
        "  /** Doc. */ @Tool public abstract String ping();",
        "}");
    assertOneError(source, "[ToolAbstract] @Tool method Tools.ping() is abstract", "abstract String ping()");
  }

  @Test
  void aToolMustNotBeGeneric() {
    assertOneError(tools("  /** Doc. */ @Tool public <T> String echo(List<String> values) { return \"\"; }"),
        "[ToolGeneric] @Tool method Tools.echo(List<String>) declares type parameters T", "<T> String echo");
  }

  @Test
  void aToolClassMustBeReachable() {
    assertOneError(tools(
            "  private static class Hidden {",
            "    /** Doc. */ @Tool public String ping() { return \"\"; }",
            "  }"),
        "[ToolUnreachable] test.Tools.Hidden cannot hold @Tool methods: it is private", "class Hidden");
  }

  @Test
  void typesGeneratedInALaterRoundAreWaitedForAtAnyDepth() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Tools",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "import java.util.List;",
        "import java.util.Optional;",
        "@test.gen.GenerateUnit",
        "public class Tools {",
        "  public record Reading(double value, Unit unit) {}",
        "  /** Doc. */ @Tool public String a(List<Unit> units) { return \"\"; }",
        "  /** Doc. */ @Tool public String b(Optional<Reading> reading) { return \"\"; }",
        "  /** Doc. */ @Tool public String c(Reading[] readings) { return \"\"; }",
        "}");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new ClaudeProcessor(), new UnitGenerator())
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(UnitGenerator.ANNOTATION, source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ToolsToolSet");
  }

  @Test
  void aTypeThatNeverResolvesIsReportedOnceInTheLastRound() {
    JavaFileObject source = tools("  /** Doc. */ @Tool public String a(List<Missing> values) { return \"\"; }");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLineContaining("a(List<Missing>");
    assertThat(compilation).hadErrorContaining("[ToolParamType] parameter 'values' of Tools.a(List<Missing>): []: Missing"
        + " does not resolve, so it has no schema; fix its import, or the processor that should generate it")
        .inFile(source).onLineContaining("a(List<Missing>");
  }

  @Test
  void anExplicitNameMustBeValidAndTheErrorPointsAtIt() {
    assertOneError(tools("  /** Doc. */ @Tool(name = \"get weather!\") public String ping() { return \"\"; }"),
        "[ToolName] tool name 'get weather!' of Tools.ping() does not match ^[a-zA-Z0-9_-]{1,64}$",
        "@Tool(name = \"get weather!\")");
  }

  @Test
  void twoToolsMayNotShareAName() {
    assertOneError(tools(
            "  /** Doc. */ @Tool public String ping() { return \"\"; }",
            "  /** Doc. */ @Tool(name = \"ping\") public String pong() { return \"\"; }"),
        "[ToolDuplicateName] tool name 'ping' of Tools.pong() is also the name of Tools.ping()", "pong()");
  }

  @Test
  void objectHasNoSchema() {
    assertOneError(tools("  /** Doc. */ @Tool public String getWeather(Object when) { return \"\"; }"),
        "[ToolParamType] parameter 'when' of Tools.getWeather(Object): java.lang.Object has no JSON schema; use a"
            + " record, enum, String, number, boolean, List, Map or Optional",
        "getWeather(Object when)");
  }

  @Test
  void theProblemInsideANestedTypeIsNamedByItsPath() {
    assertOneError(tools(
            "  public record Stop(String city, Object location) {}",
            "  public record Trip(String name, List<Stop> stops) {}",
            "  /** Doc. */ @Tool public String plan(Trip trip) { return \"\"; }"),
        "[ToolParamType] parameter 'trip' of Tools.plan(Tools.Trip): Trip.stops[].location: java.lang.Object has no JSON"
            + " schema",
        "plan(Trip trip)");
  }

  @Test
  void rawWildcardAndTypeVariableTypesHaveNoSchema() {
    assertOneError(tools("  /** Doc. */ @Tool public String a(@SuppressWarnings(\"rawtypes\") List values) { return \"\"; }"),
        "java.util.List is a raw type; give its type arguments, e.g. List<Stop>", "a(@SuppressWarnings");
    assertOneError(tools("  /** Doc. */ @Tool public String b(List<? extends Number> values) { return \"\"; }"),
        "has a wildcard type argument; write the type itself", "b(List<? extends Number> values)");
    JavaFileObject generic = JavaFileObjects.forSourceLines("test.Tools",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "public class Tools<T> {",
        "  /** Doc. */ @Tool public String c(T value) { return \"\"; }",
        "}");
    assertOneError(generic, "T is a type variable; use a concrete type", "c(T value)");
  }

  @Test
  void functionalInterfacesClassesAndStreamsHaveNoSchema() {
    assertOneError(tools("  /** Doc. */ @Tool public String a(java.util.function.Function<String, String> f) { return \"\"; }"),
        "java.util.function.Function is a functional interface, which has no JSON form", "a(java.util.function");
    assertOneError(tools("  /** Doc. */ @Tool public String b(Class<?> type) { return \"\"; }"),
        "java.lang.Class is a Java class reference, which has no JSON form", "b(Class<?> type)");
    assertOneError(tools("  /** Doc. */ @Tool public String c(java.io.InputStream in) { return \"\"; }"),
        "java.io.InputStream is an I/O stream, which has no JSON form", "c(java.io.InputStream in)");
  }

  @Test
  void mapKeysMustBeStrings() {
    assertOneError(tools("  /** Doc. */ @Tool public String a(Map<Integer, String> byId) { return \"\"; }"),
        "java.util.Map<java.lang.Integer,java.lang.String> has keys of type java.lang.Integer; JSON object keys are"
            + " strings: use Map<String, java.lang.String>",
        "a(Map<Integer, String> byId)");
  }

  @Test
  void aWireNameMustBeValidAndUnique() {
    assertOneError(tools("  /** Doc. */ @Tool public String a(@Param(name = \"the city\") String city) { return \"\"; }"),
        "[ToolParamName] parameter 'city' of Tools.a(String) is named 'the city' on the wire, which the API does not"
            + " accept", "@Param(name = \"the city\")");
    assertOneError(tools(
            "  /** Doc. */ @Tool public String b(@Param(name = \"city\") String town, String city) { return \"\"; }"),
        "[ToolParamName] parameter 'city' of Tools.b(String, String) is named 'city' on the wire, like another"
            + " parameter", "b(@Param");
  }

  @Test
  void paramCannotRenameARecordComponent() {
    assertOneError(tools(
            "  public record Stop(@Param(name = \"town\") String city) {}",
            "  /** Doc. */ @Tool public String a(Stop stop) { return \"\"; }"),
        "[ToolParamType] parameter 'stop' of Tools.a(Tools.Stop): Stop.city: @Param(name = \"town\") renames tool"
            + " parameters only; Jackson reads a record component by its @JsonProperty name: write"
            + " @JsonProperty(\"town\")", "a(Stop stop)");
  }

  @Test
  void aToolCannotReturnAFuture() {
    assertOneError(tools(
            "  /** Doc. */ @Tool public java.util.concurrent.CompletableFuture<String> a() { return null; }"),
        "[ToolReturnType] Tools.a() returns java.util.concurrent.CompletableFuture<java.lang.String>, which the engine"
            + " cannot wait for", "CompletableFuture<String> a()");
  }

  @Test
  void aStrictToolRejectsRecursionMapsAndBounds() {
    assertOneError(tools(
            "  public record Node(String name, List<Node> children) {}",
            "  /** Doc. */ @Tool(strict = true) public String a(Node root) { return \"\"; }"),
        "[ToolStrict] parameter 'root' of strict tool Tools.a(Tools.Node): Node.children[]: Node refers to itself, and"
            + " structured outputs do not accept recursive schemas", "a(Node root)");
    assertOneError(tools("  /** Doc. */ @Tool(strict = true) public String b(Map<String, Integer> counts) { return \"\"; }"),
        "[ToolStrict] parameter 'counts' of strict tool Tools.b(Map<String,Integer>): java.util.Map<java.lang.String,"
            + "java.lang.Integer> is an open object", "b(Map<String, Integer> counts)");
    JavaFileObject min = JavaFileObjects.forSourceLines("javax.validation.constraints.Min",
        "package javax.validation.constraints;",
        "@java.lang.annotation.Target({java.lang.annotation.ElementType.PARAMETER, java.lang.annotation.ElementType.FIELD,"
            + " java.lang.annotation.ElementType.RECORD_COMPONENT})",
        "public @interface Min { long value(); }");
    JavaFileObject source = tools(
        "  /** Doc. */ @Tool(strict = true) public String c(@javax.validation.constraints.Min(1) int nights) {"
            + " return \"\"; }");
    Compilation compilation = Compiler.compile(source, min);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ToolStrict] parameter 'nights' of strict tool Tools.c(int): @Min sets"
        + " a bound, which structured outputs do not accept").inFile(source).onLineContaining("c(@javax");
  }

  @Test
  void aToolWithoutADescriptionIsAWarning() {
    JavaFileObject source = tools("  @Tool public String ping() { return \"\"; }");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[ToolNoDescription] Tools.ping() has no description; the model"
        + " chooses tools by their descriptions").inFile(source).onLineContaining("ping()");
  }

  @Test
  void aRecordParameterNamedLikeItsOnlyComponentIsAWarning() {
    JavaFileObject source = tools(
        "  public record City(String city) {}",
        "  /** Doc. */ @Tool public String a(City city) { return \"\"; }");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[ToolDoubleWrap] parameter 'city' of Tools.a(Tools.City) is a City whose"
        + " only component is also named 'city'").inFile(source).onLineContaining("a(City city)");
  }

  @Test
  void everyMistakeOfABuildIsReportedInThatBuild() {
    JavaFileObject source = tools(
        "  /** Doc. */ @Tool String a() { return \"\"; }",
        "  /** Doc. */ @Tool(name = \"bad name\") public String b() { return \"\"; }",
        "  /** Doc. */ @Tool public String c(Object value) { return \"\"; }",
        "  @Tool public String d() { return \"\"; }");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[ToolNotPublic]").inFile(source).onLineContaining("String a()");
    assertThat(compilation).hadErrorContaining("[ToolName]").inFile(source).onLineContaining("bad name");
    assertThat(compilation).hadErrorContaining("[ToolParamType]").inFile(source).onLineContaining("c(Object value)");
    assertThat(compilation).hadWarningContaining("[ToolNoDescription]").inFile(source).onLineContaining("String d()");
  }
}
