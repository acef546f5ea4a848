package dev.claudejava.examples.weather;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.testkit.RecordedRequest;
import dev.claudejava.testkit.Reply;
import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mock API's side of the example when no API key is set: scripted replies that behave like
 * Claude would for these questions (call the weather tool, then answer; answer in JSON when asked
 * for structured output), so the example runs offline. Not Claude: the replies are canned.
 */
final class ScriptedWeather implements Function<RecordedRequest, Reply> {

  private static final Pattern CITY = Pattern.compile("(?:in|for) ([A-Z][a-z]+)");

  @Override
  public Reply apply(RecordedRequest request) {
    JsonNode messages = request.json().path("messages");
    JsonNode last = messages.get(messages.size() - 1);
    JsonNode firstBlock = last.path("content").path(0);
    if (firstBlock.path("type").asText().equals("tool_result")) {
      String weather = firstBlock.path("content").path(0).path("text").asText();
      return Reply.builder().text("Right now: " + weather + ".").build().eventDelay(Duration.ofMillis(30));
    }
    String question = lastText(last);
    Matcher city = CITY.matcher(question);
    String name = city.find() ? city.group(1) : "Paris";
    if (request.json().has("output_config") && request.json().path("output_config").has("format")) {
      return Reply.text("{\"city\":\"" + name + "\",\"highs\":[21,19,23],\"summary\":\"Warm and mostly sunny.\"}");
    }
    return Reply.builder()
        .text("Let me check. ")
        .toolUse("toolu_" + request.sequence(), "get_weather", "{\"city\":\"" + name + "\"}")
        .build()
        .eventDelay(Duration.ofMillis(30));
  }

  private static String lastText(JsonNode turn) {
    StringBuilder text = new StringBuilder();
    for (JsonNode block : turn.path("content")) {
      text.append(block.path("text").asText());
    }
    return text.toString();
  }
}
