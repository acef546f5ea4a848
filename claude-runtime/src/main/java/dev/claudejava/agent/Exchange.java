package dev.claudejava.agent;

import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageParam;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.Role;
import dev.claudejava.model.StopReason;
import dev.claudejava.model.ToolResultBlock;
import dev.claudejava.model.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one engine call: the turns it has added, usage, rounds and tool calls. The
 * non-streaming and the streaming loop both drive it: {@link #nextRequest()}, send, {@link #accept}
 * the reply, again while it says so. The conversation is touched only at the end, all at once.
 */
final class Exchange {

  private final AgentEngine engine;
  private final MessageRequest base;
  private final @Nullable Conversation conversation;
  private final Conversation.@Nullable Snapshot snapshot;
  private final RunOptions options;
  private final List<MessageParam> history;
  private final List<MessageParam> turns = new ArrayList<>();
  private final List<ToolCall> toolCalls = new ArrayList<>();
  private Usage usage = Usage.zero();
  private int rounds;
  private int toolRounds;
  private int pauses;
  private @Nullable AgentResult result;

  Exchange(AgentEngine engine, MessageRequest request, @Nullable Conversation conversation, RunOptions options) {
    this.engine = engine;
    this.base = request.tools().isEmpty() && !engine.toolDefinitions().isEmpty()
        ? request.toBuilder().tools(engine.toolDefinitions()).build()
        : request;
    this.conversation = conversation;
    this.snapshot = conversation == null ? null : conversation.snapshot();
    this.options = options;
    this.history = snapshot == null ? List.of() : snapshot.turns();
    this.turns.addAll(request.messages());
    List<MessageParam> all = all();
    if (all.isEmpty()) {
      throw new ConversationException("there is nothing to send: the request has no turns");
    }
    Conversation.validate(all);
    MessageParam last = all.get(all.size() - 1);
    if (last.role() != Role.USER) {
      throw new ConversationException("the last turn sent must be user, for the model to answer it");
    }
    if (last.content().isEmpty()) {
      throw new ConversationException("the user turn is empty: give it text, an image or a document");
    }
  }

  /** The next request: the constant part of the call's request, with the conversation so far. */
  MessageRequest nextRequest() {
    rounds++;
    MessageRequest request = base.withMessages(all());
    engine.listener().onRequest(rounds, request);
    return request;
  }

  /**
   * Takes a reply: runs its tool calls, or finishes.
   *
   * @return whether another round follows
   */
  boolean accept(Message reply, Duration elapsed) {
    engine.listener().onResponse(rounds, reply, elapsed);
    usage = usage.plus(reply.usage());
    StopReason stop = reply.stopReason();
    if (StopReason.TOOL_USE.equals(stop) && !reply.toolUses().isEmpty()) {
      if (toolRounds == engine.maxToolRounds()) {
        throw new MaxToolRoundsException(engine.maxToolRounds(), snapshot(reply));
      }
      toolRounds++;
      appendAssistant(reply);
      List<ToolCall> calls = engine.toolRunner().run(reply.toolUses());
      toolCalls.addAll(calls);
      for (ToolCall call : calls) {
        if (call.isFault() && engine.faultPolicy().shouldThrow(call)) {
          throw new ToolExecutionException(call, snapshot(reply));
        }
      }
      List<ContentBlock> results = new ArrayList<>(calls.size());
      for (ToolCall call : calls) {
        results.add(new ToolResultBlock(call.id(), call.result().content(), call.result().isError(), null));
      }
      turns.add(new MessageParam(Role.USER, results));
      return true;
    }
    if (StopReason.PAUSE_TURN.equals(stop)) {
      if (pauses == engine.maxToolRounds()) {
        throw MaxToolRoundsException.paused(engine.maxToolRounds(), snapshot(reply));
      }
      pauses++;
      appendAssistant(reply);
      return true;
    }
    if (StopReason.REFUSAL.equals(stop)) {
      throw new RefusalException(snapshot(reply));
    }
    boolean cutShort = StopReason.MAX_TOKENS.equals(stop) || StopReason.MODEL_CONTEXT_WINDOW_EXCEEDED.equals(stop);
    if (cutShort && !options.acceptMaxTokens()) {
      throw new MaxTokensException(snapshot(reply));
    }
    appendAssistant(reply);
    if (conversation != null && snapshot != null) {
      conversation.append(snapshot, turns);
    }
    result = new AgentResult(reply, turns, usage, rounds, toolCalls);
    return false;
  }

  /** The result, once {@link #accept} has returned false. */
  AgentResult result() {
    if (result == null) {
      throw new IllegalStateException("the exchange has not finished");
    }
    return result;
  }

  /** The exchange so far, for an exception; {@code reply} is the last reply, not yet appended. */
  private AgentResult snapshot(Message reply) {
    List<MessageParam> soFar = new ArrayList<>(turns);
    soFar.add(reply.toParam());
    return new AgentResult(reply, soFar, usage, rounds, toolCalls);
  }

  /**
   * Appends the reply as an assistant turn, exactly as received; after a pause it continues the
   * paused turn, so that the turns still alternate.
   */
  private void appendAssistant(Message reply) {
    MessageParam previous = turns.isEmpty() ? null : turns.get(turns.size() - 1);
    if (previous != null && previous.role() == Role.ASSISTANT) {
      List<ContentBlock> merged = new ArrayList<>(previous.content());
      merged.addAll(reply.content());
      turns.set(turns.size() - 1, new MessageParam(Role.ASSISTANT, merged));
    } else {
      turns.add(reply.toParam());
    }
  }

  private List<MessageParam> all() {
    if (history.isEmpty()) {
      return turns;
    }
    List<MessageParam> all = new ArrayList<>(history.size() + turns.size());
    all.addAll(history);
    all.addAll(turns);
    return all;
  }
}
