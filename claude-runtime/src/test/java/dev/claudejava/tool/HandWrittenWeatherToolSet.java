package dev.claudejava.tool;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.ToolDefinition;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tool set the processor would generate for {@link WeatherTools}, written by hand: tools in declaration order. */
public final class HandWrittenWeatherToolSet implements ToolSet {
  private static final ObjectNode STOP = (ObjectNode) Wire.parse(
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"the city\"},"
          + "\"nights\":{\"type\":\"integer\"}},\"required\":[\"city\",\"nights\"],\"additionalProperties\":false}");
  static final List<ToolDefinition> DEFINITIONS = List.of(
      ToolDefinition.of("get_weather", "Get the current weather for a city.", schema(
          "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"city name, e.g. \\\"Paris\\\"\"},"
              + "\"unit\":{\"type\":\"string\",\"enum\":[\"CELSIUS\",\"FAHRENHEIT\"]}},\"required\":[\"city\"],"
              + "\"additionalProperties\":false}")),
      ToolDefinition.of("plan_trip", "Plan a trip.", schema(
          "{\"type\":\"object\",\"properties\":{\"stops\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Stop\"}},"
              + "\"home\":{\"$ref\":\"#/$defs/Stop\"}},\"required\":[\"stops\",\"home\"],\"additionalProperties\":false,"
              + "\"$defs\":{\"Stop\":" + STOP + "}}")),
      ToolDefinition.of("explode", "Always fails.", schema(
          "{\"type\":\"object\",\"properties\":{\"reason\":{\"type\":\"string\"}},\"required\":[\"reason\"],"
              + "\"additionalProperties\":false}")));

  private final WeatherTools target;

  public HandWrittenWeatherToolSet(WeatherTools target) {
    this.target = target;
  }

  private static ObjectNode schema(String json) {
    return (ObjectNode) Wire.parse(json);
  }

  @Override
  public List<ToolDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public ToolResult invoke(String name, JsonNode input) throws Exception {
    ToolInput in = ToolInput.of(input);
    switch (name) {
      case "get_weather": {
        String city = in.required("city", String.class);
        Optional<WeatherTools.Unit> unit = Optional.ofNullable(in.optional("unit", WeatherTools.Unit.class));
        in.rejectUnknown(Set.of("city", "unit"));
        return ToolResult.text(target.getWeather(city, unit));
      }
      case "plan_trip": {
        List<WeatherTools.Stop> stops = in.required("stops",
            ToolInput.type(new TypeReference<List<WeatherTools.Stop>>() {}));
        WeatherTools.Stop home = in.required("home", WeatherTools.Stop.class);
        in.rejectUnknown(Set.of("stops", "home"));
        return ToolResult.text(target.planTrip(stops, home));
      }
      case "explode": {
        String reason = in.required("reason", String.class);
        in.rejectUnknown(Set.of("reason"));
        return ToolResult.text(target.fail(reason));
      }
      default:
        throw new UnknownToolException(name, List.of("get_weather", "plan_trip", "explode"));
    }
  }
}
