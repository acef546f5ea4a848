package dev.claudejava.examples.agents;

import dev.claudejava.annotations.AgentMethod;
import dev.claudejava.annotations.ClaudeAgent;
import dev.claudejava.annotations.UserMessage;

/** An agent whose method fills its system prompt from a parameter (not cached: it varies per call). */
@ClaudeAgent(model = "claude-haiku-4-5", system = "You write poems.")
public interface PoetAgent {

  String poem(String request);

  @AgentMethod(system = "You write haiku about {topic}.", maxTokens = 100)
  @UserMessage("One haiku, please.")
  String haiku(String topic);
}
