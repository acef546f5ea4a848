package dev.claudejava.examples;

import dev.claudejava.client.ClaudeClient;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.testkit.MockClaudeServer;
import dev.claudejava.testkit.Reply;

/**
 * The smallest program: one request with {@link ClaudeClient}. With {@code ANTHROPIC_API_KEY} set it
 * talks to the API; without, to the local mock server, whose replies are scripted.
 */
public final class HelloClaude {

  private HelloClaude() {}

  public static void main(String[] args) {
    String question = args.length > 0 ? String.join(" ", args) : "In one sentence: why is the sky blue?";
    MessageRequest request = MessageRequest.builder()
        .model("claude-opus-4-8")
        .maxTokens(512)
        .system("You answer in one short sentence.")
        .addUserMessage(question)
        .build();

    if (System.getenv("ANTHROPIC_API_KEY") != null) {
      try (ClaudeClient client = ClaudeClient.fromEnv()) {
        print(question, client.messages().create(request));
      }
      return;
    }
    try (MockClaudeServer server = MockClaudeServer.start();
        ClaudeClient client = ClaudeClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl()).build()) {
      System.out.println("ANTHROPIC_API_KEY is not set: talking to the local mock API at " + server.baseUrl()
          + "; its replies are scripted, not Claude's.");
      server.enqueue(Reply.text("Air scatters blue sunlight more than red (Rayleigh scattering), so the sky looks blue."));
      print(question, client.messages().create(request));
    }
  }

  private static void print(String question, Message reply) {
    System.out.println("> " + question);
    System.out.println(reply.text());
    System.out.println("(" + reply.model() + ", " + reply.usage().inputTokens() + " input / "
        + reply.usage().outputTokens() + " output tokens, stop reason " + reply.stopReason() + ")");
  }
}
