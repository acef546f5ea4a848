package dev.claudejava.examples.weather;

import dev.claudejava.annotations.Tool;
import java.util.Optional;

/** Tools the weather agent may call. Plain methods: the processor generates their schemas and dispatch. */
public class WeatherTools {

  /** A temperature unit. */
  public enum Unit { CELSIUS, FAHRENHEIT }

  /**
   * Get the current weather for a city.
   *
   * @param city city name, e.g. "Paris"
   * @param unit temperature unit; Celsius when absent
   */
  @Tool
  public String getWeather(String city, Optional<Unit> unit) {
    int celsius = 12 + Math.floorMod(city.hashCode(), 15);
    return unit.orElse(Unit.CELSIUS) == Unit.CELSIUS
        ? "Sunny, " + celsius + " °C in " + city
        : "Sunny, " + (celsius * 9 / 5 + 32) + " °F in " + city;
  }
}
