package dev.claudejava.examples.weather;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claudejava.agent.AgentResult;
import dev.claudejava.agent.AgentStream;
import dev.claudejava.agent.Conversation;
import dev.claudejava.client.ClaudeClient;
import dev.claudejava.model.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The weather agent against the real API: opt-in, it runs only when {@code ANTHROPIC_API_KEY} is set
 * (JUnit reports it skipped otherwise). It uses the smallest model to keep the cost low.
 */
@EnabledIfEnvironmentVariable(named = "ANTHROPIC_API_KEY", matches = ".+",
    disabledReason = "ANTHROPIC_API_KEY is not set: the live API test is skipped")
class LiveApiTest {

  private static ClaudeClient client;
  private static WeatherAgent agent;

  @BeforeAll
  static void agent() {
    client = ClaudeClient.fromEnv();
    agent = ClaudeWeatherAgent.builder().client(client).weatherTools(new WeatherTools())
        .model("claude-haiku-4-5").maxTokens(512).build();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void theAgentCallsItsToolAndAnswers() {
    assertThat(agent.ask("What is the weather in Paris right now? Use the tool.")).containsIgnoringCase("paris");
  }

  @Test
  void aStructuredReplyIsRead() {
    WeatherAgent.Forecast forecast = agent.forecastData("Oslo", 3);
    assertThat(forecast.city()).containsIgnoringCase("oslo");
    assertThat(forecast.highs()).isNotEmpty();
  }

  @Test
  void aChatStreamsAcrossToolRounds() {
    List<String> pieces = new ArrayList<>();
    AgentResult result;
    try (AgentStream stream = agent.chat(Conversation.create(), "How is the weather in Rome? Use the tool.")) {
      stream.text().forEach(pieces::add);
      result = stream.result();
    }
    assertThat(pieces).isNotEmpty();
    assertThat(result.toolCalls()).isNotEmpty();
  }

  @Test
  void theModelsAreListed() {
    List<String> ids = new ArrayList<>();
    for (ModelInfo model : client.models().listAll()) {
      ids.add(model.id());
    }
    assertThat(ids).isNotEmpty();
  }
}
