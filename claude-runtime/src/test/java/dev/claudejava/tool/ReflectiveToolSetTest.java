package dev.claudejava.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claudejava.annotations.Tool;
import dev.claudejava.internal.Wire;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectiveToolSetTest {

  private final ToolSet reflective = ReflectiveToolSet.of(new WeatherTools());
  private final ToolSet handWritten = new HandWrittenWeatherToolSet(new WeatherTools());

  @Test
  void producesTheSameDefinitionsAsAHandWrittenToolSet() {
    assertThat(reflective.definitions()).isEqualTo(handWritten.definitions());
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
        .hasMessage("no tool is named 'get_wether'; the tools are explode, get_weather, plan_trip");
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
        .hasMessage("java.lang.Object has no public @Tool methods");
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
}
