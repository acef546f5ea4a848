package dev.claudejava.tool;

import dev.claudejava.annotations.Param;
import dev.claudejava.annotations.Tool;
import java.util.List;
import java.util.Optional;

/** Tools for the engine's tests. */
public class WeatherTools {

  /** A temperature unit. */
  public enum Unit { CELSIUS, FAHRENHEIT }

  /** One stop of a trip. */
  public record Stop(@Param("the city") String city, int nights) {}

  @Tool(description = "Get the current weather for a city.")
  public String getWeather(@Param("city name, e.g. \"Paris\"") String city, Optional<Unit> unit) {
    return "Sunny, 21 " + (unit.orElse(Unit.CELSIUS) == Unit.CELSIUS ? "C" : "F") + " in " + city;
  }

  @Tool(description = "Plan a trip.")
  public String planTrip(List<Stop> stops, Stop home) {
    return stops.size() + " stops, home " + home.city();
  }

  @Tool(name = "explode", description = "Always fails.")
  public String fail(String reason) throws java.io.IOException {
    throw new java.io.IOException("disk on fire: " + reason);
  }
}
