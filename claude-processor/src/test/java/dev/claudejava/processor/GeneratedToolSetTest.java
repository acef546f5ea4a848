package dev.claudejava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.ImageBlock;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.tool.ToolInputException;
import dev.claudejava.tool.ToolResult;
import dev.claudejava.tool.ToolSet;
import dev.claudejava.tool.UnknownToolException;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated tool set, compiled and called with real JSON, good and hostile. */
class GeneratedToolSetTest {

  private static Compilation compilation;
  private static ToolSet tools;

  @BeforeAll
  static void compile() throws Exception {
    compilation = Compiler.compile(Sources.TRAVEL_TOOLS);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(compilation);
    Object target = loader.loadClass("test.TravelTools").getDeclaredConstructor().newInstance();
    tools = (ToolSet) loader.loadClass("test.TravelToolsToolSet").getConstructor(target.getClass()).newInstance(target);
  }

  private static ToolResult call(String name, String input) throws Exception {
    return tools.invoke(name, Wire.parse(input));
  }

  @Test
  void theGeneratedSourceMatchesItsGolden() throws IOException {
    Goldens.assertMatches("TravelToolsToolSet.java",
        compilation.generatedSourceFile("test.TravelToolsToolSet").orElseThrow().getCharContent(true).toString());
  }

  @Test
  void theSchemasMatchTheirGoldens() {
    StringBuilder schemas = new StringBuilder();
    for (ToolDefinition definition : tools.definitions()) {
      schemas.append(definition.name()).append(definition.strict() ? " (strict)" : "").append(": ")
          .append(definition.description()).append('\n').append(definition.inputSchema().toPrettyString()).append("\n\n");
    }
    Goldens.assertMatches("TravelTools.schemas.txt", schemas.toString());
  }

  @Test
  void theDefinitionsAreInDeclarationOrder() {
    assertThat(tools.definitions()).extracting(ToolDefinition::name)
        .containsExactly("plan_trip", "book", "rate", "show_map", "describe", "prefer", "ping", "reset", "fail");
  }

  @Test
  void goodInputReachesTheMethodAsTheDeclaredTypes() throws Exception {
    assertThat(call("book", "{\"trip_id\":\"123e4567-e89b-12d3-a456-426614174000\",\"payment\":{\"kind\":\"card\","
        + "\"last4\":\"4242\"},\"travellers\":[\"ana\",\"bo\",\"ana\"],\"budget\":1500.50,"
        + "\"deadline\":\"2026-12-01T10:00:00Z\",\"maxLayover\":\"PT2H\",\"seats\":2,\"seatRow\":\"F\",\"insurance\":true}")
        .text())
        .isEqualTo("booked 123e4567-e89b-12d3-a456-426614174000 for 2 paid by Card[last4=4242] budget 1500.50 by"
            + " 2026-12-01T10:00:00Z layover PT2H seats OptionalInt[2] row F insured true");
  }

  @Test
  void returnValuesBecomeResults() throws Exception {
    assertThat(call("plan_trip", "{\"stops\":[{\"city\":\"Rome\",\"nights\":2,\"arrival\":\"2026-05-01\"}],"
        + "\"home\":{\"city\":\"Bern\",\"nights\":0}}").text())
        .isEqualTo("[{\"city\":\"Rome\",\"nights\":2,\"arrival\":\"2026-05-01\"}]");
    assertThat(call("rate", "{\"scores\":{\"paris\":[4,5]},\"ids\":[1,2]}").text()).isEqualTo("{\"paris\":4.5}");
    assertThat(call("show_map", "{\"city\":\"Paris\"}").content()).singleElement().isInstanceOf(ImageBlock.class);
    assertThat(call("describe", "{\"city\":\"Paris\"}").content())
        .containsExactly(TextBlock.of("Paris"), TextBlock.of("is lovely"));
    assertThat(call("ping", "{}").text()).isEqualTo("pong");
    assertThat(call("prefer", "{\"preferences\":{\"windowSeat\":true,\"meal\":\"vegetarian\"}}").text())
        .isEqualTo("window true, meal vegetarian");
    assertThat(call("reset", "{}")).isEqualTo(ToolResult.done());
  }

  @Test
  void aToolsCheckedExceptionPassesThrough() {
    assertThatThrownBy(() -> call("fail", "{\"reason\":\"test\"}"))
        .isInstanceOf(IOException.class).hasMessage("cannot: test");
  }

  @Test
  void anUnknownToolNamesTheToolsThereAre() {
    assertThatThrownBy(() -> call("fly", "{}"))
        .isInstanceOf(UnknownToolException.class)
        .hasMessage("no tool is named 'fly'; the tools are plan_trip, book, rate, show_map, describe, prefer, ping,"
            + " reset, fail");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "plan_trip | {\"stops\":[],\"home\":{\"city\":42,\"nights\":1}}        | home.city: expected a string, got 42",
    "plan_trip | {\"stops\":[{\"city\":\"a\",\"nights\":null}],\"home\":{\"city\":\"b\",\"nights\":1}} | stops[0].nights: ",
    "plan_trip | {\"stops\":[],\"home\":{\"city\":\"b\",\"nights\":1},\"mode\":\"BOAT\"} | mode: expected one of TRAIN, plane, CAR, got \"BOAT\"",
    "plan_trip | {\"stops\":{},\"home\":{\"city\":\"b\",\"nights\":1}}       | stops: expected an array, got {}",
    "plan_trip | {\"home\":{\"city\":\"b\",\"nights\":1}}                   | stops: expected an array, got nothing (the parameter is required)",
    "plan_trip | {\"stops\":[],\"home\":{\"city\":\"b\",\"nights\":1,\"x\":1}} | home.x: unknown property; the properties are arrival, city, nights",
    "plan_trip | {\"stops\":[],\"home\":{\"city\":\"b\",\"nights\":1},\"extra\":true} | extra: unknown parameter; the tool takes home, mode, stops",
    "rate      | {\"scores\":{\"a\":[1,\"x\"]},\"ids\":[1]}                  | scores.a[1]: expected an integer, got \"x\"",
    "rate      | {\"scores\":{},\"ids\":[99999999999999999999]}              | ids[0]: ",
    "book      | {\"trip_id\":\"nope\"}                                      | trip_id: expected a UUID string, got \"nope\"",
    "prefer    | {\"preferences\":{\"windowSeat\":\"yes\"}}             | preferences.windowSeat: expected a boolean, got \"yes\"",
    "show_map  | [1,2,3]                                                     | expected the input to be a JSON object, got [1,2,3]",
  })
  void hostileInputIsRefusedWithAPreciseMessage(String tool, String input, String message) {
    assertThatThrownBy(() -> call(tool, input))
        .isInstanceOf(ToolInputException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void deeplyNestedGarbageIsRefusedNotCrashedOn() {
    String garbage = "[".repeat(500) + "]".repeat(500);
    assertThatThrownBy(() -> call("show_map", "{\"city\":" + garbage + "}"))
        .isInstanceOf(ToolInputException.class)
        .hasMessageStartingWith("city: expected a string, got [[[[");
  }

  @Test
  void theSchemaOfASealedInterfaceNamesEachRecord() {
    JsonNode payment = tools.definitions().get(1).inputSchema().at("/properties/payment/anyOf");
    assertThat(payment).hasSize(2);
    assertThat(payment.get(0).at("/properties/kind/const").asText()).isEqualTo("card");
    assertThat(payment.get(1).at("/properties/kind/const").asText()).isEqualTo("cash");
    assertThat(payment.get(1).at("/properties/currency/description").asText()).isEqualTo("the currency, ISO 4217");
  }

}
