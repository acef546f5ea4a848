package dev.claudejava.agent;

import dev.claudejava.model.Message;
import dev.claudejava.model.MessageParam;
import dev.claudejava.model.Usage;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one engine call: the final reply, every turn the call added, and what it cost.
 *
 * @param message the final reply (for a call that ended in a pause or at max_tokens, the last one)
 * @param exchange the turns this call added, in order: the user's turn, then each assistant turn and
 *     tool-result turn
 * @param usage the tokens of every round, summed
 * @param rounds how many requests the call sent
 * @param toolCalls every tool call, in the order the model asked for them
 */
public record AgentResult(
    Message message, List<MessageParam> exchange, Usage usage, int rounds, List<ToolCall> toolCalls) {

  /** Copies the lists; every component is required. */
  public AgentResult {
    Objects.requireNonNull(message, "message");
    exchange = List.copyOf(exchange);
    Objects.requireNonNull(usage, "usage");
    toolCalls = List.copyOf(toolCalls);
  }

  /** The final reply's text. */
  public String text() {
    return message.text();
  }
}
