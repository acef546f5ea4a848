package dev.claudejava.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.claudejava.annotations.Param;
import dev.claudejava.annotations.Tool;
import dev.claudejava.internal.Wire;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectiveToolSetTest {

  private final ToolSet reflective = ReflectiveToolSet.of(new WeatherTools());
  private final ToolSet handWritten = new HandWrittenWeatherToolSet(new WeatherTools());

  @Test
  void producesTheSameDefinitionsAsAHandWrittenToolSetToTheByte() {
    assertThat(text(reflective)).containsExactlyElementsOf(text(handWritten));
    assertThat(reflective.definitions()).isEqualTo(handWritten.definitions());
  }

  /** Each definition as its exact text, in order: the tools' order and the schemas' key order count. */
  private static List<String> text(ToolSet tools) {
    return tools.definitions().stream()
        .map(d -> d.name() + " " + d.description() + " " + d.strict() + " " + d.inputSchema())
        .toList();
  }

  @Test
  void recordComponentsKeepTheirOrderAndOptionalOnesAreNotRequiredNorNull() {
    ToolSet tools = ReflectiveToolSet.of(new RouteTools());

    assertThat(tools.definitions()).extracting(d -> d.name()).containsExactly("route", "note");
    assertThat(tools.definitions().get(0).inputSchema().toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
        + "\"leg\":{\"type\":\"object\",\"properties\":{\"to\":{\"type\":\"string\"},\"via\":{\"type\":\"string\"},"
        + "\"hours\":{\"type\":\"integer\"},\"note\":{\"type\":\"string\"}},\"required\":[\"to\"],"
        + "\"additionalProperties\":false},"
        + "\"avoid\":{\"type\":\"string\",\"description\":\"a place to avoid\"}},"
        + "\"required\":[\"leg\"],\"additionalProperties\":false}");
  }

  @Test
  void aNullableParameterMayBeLeftOut() throws Exception {
    ToolSet tools = ReflectiveToolSet.of(new RouteTools());

    assertThat(tools.invoke("route", Wire.parse("{\"leg\":{\"to\":\"Rome\"}}")).text()).isEqualTo("to Rome avoiding null");
    assertThat(tools.invoke("route", Wire.parse("{\"leg\":{\"to\":\"Rome\",\"hours\":3},\"avoid\":\"Milan\"}")).text())
        .isEqualTo("to Rome avoiding Milan");
  }

  @Test
  void aSubclassWithoutToolsOfItsOwnHasItsSuperclasssTools() throws Exception {
    ToolSet anonymous = ReflectiveToolSet.of(new WeatherTools() {
      @Override
      public String getWeather(String city, Optional<Unit> unit) {
        return "Overridden for " + city;
      }
    });

    assertThat(text(anonymous)).containsExactlyElementsOf(text(handWritten));
    assertThat(anonymous.invoke("get_weather", Wire.parse("{\"city\":\"Paris\"}")).text()).isEqualTo("Overridden for Paris");
  }

  @Test
  void everyProblemOfAToolClassIsNamedAtOnce() {
    assertThatThrownBy(() -> ReflectiveToolSet.of(new BadTools()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the tools of dev.claudejava.tool.ReflectiveToolSetTest$BadTools cannot be used:\n"
            + "  @Tool method dev.claudejava.tool.ReflectiveToolSetTest$BadTools.hidden is not public; make it public\n"
            + "  @Tool method dev.claudejava.tool.ReflectiveToolSetTest$BadTools.shared is static; tools are called on"
            + " the instance given: make it an instance method\n"
            + "  tool name 'bad name' of dev.claudejava.tool.ReflectiveToolSetTest$BadTools.spaced does not match"
            + " ^[a-zA-Z0-9_-]{1,64}$; use letters, digits, '_' and '-', at most 64\n"
            + "  tool name 'hidden' of dev.claudejava.tool.ReflectiveToolSetTest$BadTools.twin is also the name of"
            + " dev.claudejava.tool.ReflectiveToolSetTest$BadTools.hidden; give one of them another name with"
            + " @Tool(name = \"...\")");
  }

  @Test
  void withoutVictoolsItSaysWhichArtifactsToAdd() throws Exception {
    List<URL> everythingButVictools = new ArrayList<>();
    for (Class<?> type : List.of(ReflectiveToolSet.class, WeatherTools.class, Tool.class, Nullable.class,
        ObjectMapper.class, JsonFactory.class, JsonProperty.class, JavaTimeModule.class, Jdk8Module.class)) {
      everythingButVictools.add(type.getProtectionDomain().getCodeSource().getLocation());
    }
    try (URLClassLoader loader = new URLClassLoader(everythingButVictools.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("com.github.victools.jsonschema.generator.SchemaGenerator"))
          .isInstanceOf(ClassNotFoundException.class);
      Object tools = loader.loadClass(WeatherTools.class.getName()).getDeclaredConstructor().newInstance();
      Method of = loader.loadClass(ReflectiveToolSet.class.getName()).getMethod("of", Object.class);

      assertThatThrownBy(() -> of.invoke(null, tools))
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("ReflectiveToolSet needs com.github.victools:jsonschema-generator and"
              + " com.github.victools:jsonschema-module-jackson on the class path; add them, or use the generated"
              + " tool set (run the claude-processor annotation processor)");
    }
  }

  @Test
  void invokesLikeTheHandWrittenOne() throws Exception {
    for (String[] call : new String[][] {
        {"get_weather", "{\"city\":\"Paris\"}"},
        {"get_weather", "{\"city\":\"Oslo\",\"unit\":\"FAHRENHEIT\"}"},
        {"plan_trip", "{\"stops\":[{\"city\":\"Rome\",\"nights\":2}],\"home\":{\"city\":\"Bern\",\"nights\":0}}"}}) {
      assertThat(reflective.invoke(call[0], Wire.parse(call[1]))).isEqualTo(handWritten.invoke(call[0], Wire.parse(call[1])));
    }
  }

  @Test
  void decodingErrorsAreTheSamePreciseMessages() {
    for (String[] call : new String[][] {
        {"get_weather", "{\"city\":42}", "city: expected a string, got 42"},
        {"get_weather", "{\"city\":\"Paris\",\"unit\":\"KELVIN\"}", "unit: expected one of CELSIUS, FAHRENHEIT, got \"KELVIN\""},
        {"get_weather", "{}", "city: expected a string, got nothing (the parameter is required)"},
        {"get_weather", "{\"city\":\"Paris\",\"units\":\"C\"}", "units: unknown parameter; the tool takes city, unit"},
        {"plan_trip", "{\"stops\":[{\"city\":\"Rome\",\"nights\":2.5}],\"home\":{\"city\":\"Bern\",\"nights\":0}}",
            "stops[0].nights: expected an integer, got 2.5"},
        {"plan_trip", "{\"stops\":[],\"home\":{\"city\":\"Bern\",\"nights\":0,\"pets\":1}}",
            "home.pets: unknown property; the properties are city, nights"}}) {
      assertThatThrownBy(() -> reflective.invoke(call[0], Wire.parse(call[1])))
          .as(call[1]).isInstanceOf(ToolInputException.class).hasMessage(call[2]);
      assertThatThrownBy(() -> handWritten.invoke(call[0], Wire.parse(call[1])))
          .as(call[1]).isInstanceOf(ToolInputException.class).hasMessage(call[2]);
    }
  }

  @Test
  void aToolsOwnExceptionPassesThroughUnwrapped() {
    assertThatThrownBy(() -> reflective.invoke("explode", Wire.parse("{\"reason\":\"test\"}")))
        .isInstanceOf(IOException.class).hasMessage("disk on fire: test");
  }

  @Test
  void anUnknownToolNamesTheToolsThereAre() {
    assertThatThrownBy(() -> reflective.invoke("get_wether", Wire.parse("{}")))
        .isInstanceOf(UnknownToolException.class)
        .hasMessage("no tool is named 'get_wether'; the tools are get_weather, plan_trip, explode");
  }

  @Test
  void toolNamesAreSnakeCase() {
    assertThat(List.of("getWeather", "getHTTPStatus", "ping", "toUTF8String", "already_snake"))
        .extracting(ReflectiveToolSet::snakeCase)
        .containsExactly("get_weather", "get_http_status", "ping", "to_utf8_string", "already_snake");
  }

  @Test
  void aClassWithoutToolsIsRejected() {
    assertThatThrownBy(() -> ReflectiveToolSet.of(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.Object has no @Tool methods; mark the methods the model may call with"
            + " @dev.claudejava.annotations.Tool");
  }

  @Test
  void missingParameterNamesSayToCompileWithParameters(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("NoNames.java");
    Files.writeString(source, "public class NoNames {\n"
        + "  @dev.claudejava.annotations.Tool public String echo(String text) { return text; }\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = Path.of(Tool.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    assertThat(javac.run(null, null, null, "-cp", classpath, "-d", dir.toString(), source.toString())).isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Object noNames = loader.loadClass("NoNames").getDeclaredConstructor().newInstance();
      assertThatThrownBy(() -> ReflectiveToolSet.of(noNames))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("parameter names of NoNames.echo are not in its class file; compile with -parameters");
    }
  }

  /** Tools whose record and parameters exercise optional values and declaration order. */
  public static class RouteTools {

    /** Components in an order that is not alphabetical; all but the first may be absent. */
    public record Leg(String to, Optional<String> via, OptionalInt hours, @Nullable String note) {}

    @Tool
    public String route(Leg leg, @Param("a place to avoid") @Nullable String avoid) {
      return "to " + leg.to() + " avoiding " + avoid;
    }

    @Tool
    public String note(String text) {
      return text;
    }
  }

  /** A class with one of each mistake. */
  public static class BadTools {

    @Tool
    String hidden() {
      return "";
    }

    @Tool
    public static String shared() {
      return "";
    }

    @Tool(name = "bad name")
    public String spaced() {
      return "";
    }

    @Tool(name = "hidden")
    public String twin() {
      return "";
    }
  }
}
