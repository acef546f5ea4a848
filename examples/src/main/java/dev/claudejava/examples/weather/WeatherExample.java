package dev.claudejava.examples.weather;

import dev.claudejava.agent.AgentResult;
import dev.claudejava.agent.AgentStream;
import dev.claudejava.agent.Conversation;
import dev.claudejava.client.ClaudeClient;
import dev.claudejava.testkit.MockClaudeServer;

/**
 * The main example. With {@code ANTHROPIC_API_KEY} set it talks to Claude; without, to the local mock
 * API, whose replies are scripted (and it says so).
 */
public final class WeatherExample {

  private WeatherExample() {}

  public static void main(String[] args) {
    if (System.getenv("ANTHROPIC_API_KEY") != null) {
      try (ClaudeClient client = ClaudeClient.fromEnv()) {
        run(client);
      }
      return;
    }
    try (MockClaudeServer server = MockClaudeServer.start();
        ClaudeClient client = ClaudeClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl()).build()) {
      server.respondWith(new ScriptedWeather());
      System.out.println("ANTHROPIC_API_KEY is not set: talking to the local mock API at " + server.baseUrl()
          + "; its replies are scripted, not Claude's.");
      System.out.println();
      run(client);
    }
  }

  private static void run(ClaudeClient client) {
    WeatherAgent agent = ClaudeWeatherAgent.builder()
        .client(client)
        .weatherTools(new WeatherTools())
        .build();

    System.out.println("> What's the weather in Paris?");
    System.out.println(agent.ask("What's the weather in Paris?"));
    System.out.println();

    System.out.println("> forecastData(\"Oslo\", 3)");
    System.out.println(agent.forecastData("Oslo", 3));
    System.out.println();

    Conversation conversation = Conversation.create();
    System.out.println("> (streamed) How is it in Rome?");
    try (AgentStream stream = agent.chat(conversation, "How is it in Rome?")) {
      for (String text : stream.text()) {
        System.out.print(text);
        System.out.flush();
      }
      AgentResult result = stream.result();
      System.out.println();
      System.out.println("(" + result.rounds() + " rounds, " + result.toolCalls().size() + " tool call, "
          + result.usage().inputTokens() + " input / " + result.usage().outputTokens() + " output tokens; the"
          + " conversation now has " + conversation.size() + " turns)");
    }
  }
}
