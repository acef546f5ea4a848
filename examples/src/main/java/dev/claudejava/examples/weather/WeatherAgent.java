package dev.claudejava.examples.weather;

import dev.claudejava.agent.AgentStream;
import dev.claudejava.agent.Conversation;
import dev.claudejava.annotations.ClaudeAgent;
import dev.claudejava.annotations.UserMessage;
import java.util.List;

/** A terse weather assistant. The processor generates {@code ClaudeWeatherAgent}, its implementation. */
@ClaudeAgent(model = "claude-opus-4-8",
    system = "You are a terse weather assistant. Use the tools for current weather.",
    maxTokens = 1024,
    tools = WeatherTools.class)
public interface WeatherAgent {

  /**
   * A forecast.
   *
   * @param city the city
   * @param highs the daily highs in °C, one a day
   * @param summary one line
   */
  record Forecast(String city, List<Integer> highs, String summary) {}

  /** One question, one answer. */
  String ask(String question);

  /** A one-line forecast. */
  @UserMessage("Give a one-line forecast for {city}.")
  String forecast(String city);

  /** A forecast as data (structured output). */
  @UserMessage("Forecast {days} days for {city}.")
  Forecast forecastData(String city, int days);

  /** A chat that remembers, streamed as it is written. */
  AgentStream chat(Conversation conversation, String message);
}
