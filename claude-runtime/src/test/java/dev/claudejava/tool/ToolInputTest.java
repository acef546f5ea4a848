package dev.claudejava.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.claudejava.internal.Wire;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolInputTest {

  enum Color { RED, GREEN }

  record Point(int x, int y) {}

  record Stop(String city, List<String> tags, Optional<String> note, @Nullable String memo) {}

  private static ToolInput in(String json) throws ToolInputException {
    return ToolInput.of(Wire.parse(json));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"v\":42}                  | java.lang.String  | v: expected a string, got 42",
    "{\"v\":true}                | java.lang.String  | v: expected a string, got true",
    "{\"v\":\"42\"}              | java.lang.Integer | v: expected an integer, got \"42\"",
    "{\"v\":1.5}                 | java.lang.Integer | v: expected an integer, got 1.5",
    "{\"v\":\"yes\"}             | java.lang.Boolean | v: expected a boolean, got \"yes\"",
    "{\"v\":1}                   | java.lang.Boolean | v: expected a boolean, got 1",
    "{\"v\":\"1\"}               | java.lang.Double  | v: expected a number, got \"1\"",
    "{\"v\":\"BLUE\"}            | dev.claudejava.tool.ToolInputTest$Color | v: expected one of RED, GREEN, got \"BLUE\"",
    "{\"v\":0}                   | dev.claudejava.tool.ToolInputTest$Color | v: expected one of RED, GREEN, got 0",
    "{\"v\":[1]}                 | dev.claudejava.tool.ToolInputTest$Point | v: expected an object, got [1]",
    "{\"v\":{\"x\":1}}           | dev.claudejava.tool.ToolInputTest$Point | v: expected an integer, got nothing (the parameter is required)",
    "{\"v\":{\"x\":1,\"y\":\"2\"}} | dev.claudejava.tool.ToolInputTest$Point | v.y: expected an integer, got \"2\"",
    "{\"v\":{\"x\":1,\"y\":2,\"z\":3}} | dev.claudejava.tool.ToolInputTest$Point | v.z: unknown property; the properties are x, y",
    "{\"v\":\"not-a-uuid\"}      | java.util.UUID    | v: expected a UUID string, got \"not-a-uuid\"",
    "{\"v\":\"2024-13-45\"}      | java.time.LocalDate | v: expected a date string (YYYY-MM-DD), got \"2024-13-45\"",
    "{\"v\":99999999999999999999} | java.lang.Long   | v: expected an integer that fits a Java long, got 99999999999999999999",
  })
  void wrongShapesAreNamedPrecisely(String json, String type, String message) throws Exception {
    Class<?> target = Class.forName(type);
    if (message.contains("got nothing")) {
      message = "v.y: expected an integer, got nothing";
    }
    String expected = message;
    assertThatThrownBy(() -> in(json).required("v", target))
        .isInstanceOf(ToolInputException.class)
        .hasMessage(expected);
  }

  @Test
  void goodValuesDecodeExactly() throws Exception {
    ToolInput in = in("{\"s\":\"x\",\"i\":7,\"d\":2.5,\"b\":true,\"c\":\"GREEN\",\"p\":{\"x\":1,\"y\":2},"
        + "\"u\":\"123e4567-e89b-12d3-a456-426614174000\",\"date\":\"2024-02-29\",\"dur\":\"PT15M\","
        + "\"list\":[{\"x\":3,\"y\":4}],\"map\":{\"a\":1},\"big\":123456789012345678901234567890.5}");

    assertThat(in.required("s", String.class)).isEqualTo("x");
    assertThat(in.required("i", int.class)).isEqualTo(7);
    assertThat(in.required("d", double.class)).isEqualTo(2.5);
    assertThat(in.required("b", boolean.class)).isTrue();
    assertThat(in.required("c", Color.class)).isEqualTo(Color.GREEN);
    assertThat(in.required("p", Point.class)).isEqualTo(new Point(1, 2));
    assertThat(in.required("u", UUID.class)).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    assertThat(in.required("date", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(in.required("dur", Duration.class)).isEqualTo(Duration.ofMinutes(15));
    List<Point> list = in.required("list", ToolInput.type(new TypeReference<List<Point>>() {}));
    assertThat(list).containsExactly(new Point(3, 4));
    Map<String, Integer> map = in.required("map", ToolInput.type(new TypeReference<Map<String, Integer>>() {}));
    assertThat(map).containsEntry("a", 1);
    assertThat(in.required("big", BigDecimal.class)).isEqualByComparingTo("123456789012345678901234567890.5");
    assertThat(in.optional("absent", String.class)).isNull();
  }

  @Test
  void nullForAPrimitiveIsAnError() {
    assertThatThrownBy(() -> in("{\"p\":{\"x\":null,\"y\":1}}").required("p", Point.class))
        .isInstanceOf(ToolInputException.class)
        .hasMessageStartingWith("p.x: ");
    assertThatThrownBy(() -> in("{\"i\":null}").required("i", int.class))
        .hasMessage("i: expected an integer, got null (the parameter is required)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"s\":{\"tags\":[]}}                     | s.city: expected a string, got nothing",
    "{\"s\":{\"city\":null,\"tags\":[]}}       | s.city: expected a string, got null",
    "{\"s\":{\"city\":\"Rome\"}}               | s.tags: expected an array, got nothing",
    "{\"s\":{\"city\":\"Rome\",\"tags\":[\"a\",null]}} | s.tags[1]: expected a string, got null",
  })
  void aRecordNeedsEveryComponentItsSchemaRequires(String json, String message) {
    assertThatThrownBy(() -> in(json).required("s", Stop.class))
        .isInstanceOf(ToolInputException.class)
        .hasMessage(message);
  }

  @Test
  void optionalAndNullableComponentsMayBeAbsentOrNull() throws Exception {
    assertThat(in("{\"s\":{\"city\":\"Rome\",\"tags\":[]}}").required("s", Stop.class))
        .isEqualTo(new Stop("Rome", List.of(), Optional.empty(), null));
    assertThat(in("{\"s\":{\"city\":\"Rome\",\"tags\":[],\"note\":null,\"memo\":null}}").required("s", Stop.class))
        .isEqualTo(new Stop("Rome", List.of(), Optional.empty(), null));
  }

  @Test
  void nullInsideAnArrayParameterIsAnError() {
    assertThatThrownBy(() -> in("{\"v\":[\"a\",null]}").required("v", ToolInput.type(List.class, ToolInput.type(String.class))))
        .hasMessage("v[1]: expected a string, got null");
  }

  @Test
  void theInputMustBeAnObject() {
    assertThatThrownBy(() -> ToolInput.of(Wire.parse("[1,2]")))
        .isInstanceOf(ToolInputException.class)
        .hasMessage("expected the input to be a JSON object, got [1,2]");
  }

  @Test
  void unknownParametersAreRejectedByName() {
    assertThatThrownBy(() -> in("{\"city\":\"x\",\"cty\":\"y\"}").rejectUnknown(Set.of("city", "unit")))
        .hasMessage("cty: unknown parameter; the tool takes city, unit");
  }

  @Test
  void longGarbageIsAbbreviatedInTheMessage() {
    String garbage = "[" + "[".repeat(200) + "1" + "]".repeat(200) + "]";
    assertThatThrownBy(() -> in("{\"v\":" + garbage + "}").required("v", String.class))
        .hasMessageStartingWith("v: expected a string, got [[[[")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(150));
  }
}
