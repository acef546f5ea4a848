package dev.claudejava.examples.agents;

import dev.claudejava.annotations.Tool;
import java.util.concurrent.atomic.AtomicInteger;

/** A tool class for the end-to-end tests. */
public class TravelTools {

  final AtomicInteger calls = new AtomicInteger();

  /**
   * Get the current weather for a city.
   *
   * @param city the city
   */
  @Tool
  public String getWeather(String city) {
    calls.incrementAndGet();
    return "Sunny in " + city;
  }
}
