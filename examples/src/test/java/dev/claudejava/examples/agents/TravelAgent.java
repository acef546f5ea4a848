package dev.claudejava.examples.agents;

import dev.claudejava.agent.AgentResult;
import dev.claudejava.agent.AgentStream;
import dev.claudejava.agent.Conversation;
import dev.claudejava.annotations.AgentMethod;
import dev.claudejava.annotations.Cached;
import dev.claudejava.annotations.ClaudeAgent;
import dev.claudejava.annotations.Effort;
import dev.claudejava.annotations.Thinking;
import dev.claudejava.annotations.Tool;
import dev.claudejava.annotations.UserMessage;
import dev.claudejava.model.Document;
import dev.claudejava.model.Image;
import dev.claudejava.model.Message;
import dev.claudejava.model.TokenCount;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** An agent that uses every kind of method the processor supports, for the end-to-end tests. */
@ClaudeAgent(model = "claude-opus-4-8",
    system = TravelAgent.SYSTEM,
    cacheSystem = true,
    thinking = Thinking.ADAPTIVE,
    effort = Effort.HIGH,
    maxTokens = 2048,
    stopSequences = "###",
    tools = TravelTools.class)
public interface TravelAgent {

  /** One rule of the travel policy. */
  String POLICY = "Answer briefly and use the tools for facts. Keep answers practical and concrete. Prefer public"
      + " transport over cars, and trains over planes for trips under six hours. Mention visas only when asked. Never"
      + " invent prices, opening hours or timetables; say when you do not know and suggest where to look. Use metric"
      + " units and 24-hour times. When a question is ambiguous, ask one short question back before answering. ";

  /** A system prompt long enough for the prompt cache (over 1,024 tokens for Opus). */
  String SYSTEM = "You are a travel assistant. " + POLICY + POLICY + POLICY + POLICY + POLICY + POLICY + POLICY
      + POLICY + POLICY + POLICY + POLICY + POLICY;

  /** A trip, as structured output. */
  record Trip(String destination, int nights, List<String> sights, Budget budget) {}

  /** A budget level. */
  enum Budget { LOW, MEDIUM, HIGH }

  String ask(String question);

  @UserMessage("Plan {nights} nights in {city}.")
  Trip plan(String city, int nights);

  Budget budgetFor(String city);

  List<String> sightsOf(String city);

  boolean isCapital(String city);

  String describe(Image photo, String question);

  String summarize(@Cached Document report, String question);

  String compare(List<Image> photos, String question);

  String chat(Conversation conversation, String message);

  AgentStream stream(String question);

  CompletableFuture<String> askLater(String question);

  CompletableFuture<Trip> planLater(String request);

  TokenCount count(String question);

  Message raw(String question);

  AgentResult full(String question);

  @AgentMethod(maxTokens = 100, effort = Effort.LOW)
  String brief(String question);

  /**
   * Today's date, as the agent's own tool.
   *
   * @return the date
   */
  @Tool
  default String today() {
    return "2026-11-25";
  }

  /** A default method stays callable as written. */
  default String greet(String name) {
    return "Hello, " + name;
  }
}
