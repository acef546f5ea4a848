package dev.claudejava.agent;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.MessageParam;
import dev.claudejava.model.Role;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of a multi-turn chat: its turns, in order. Pass it to the engine (or to an agent method
 * that takes one) and each successful call appends its turns: the user's, and every assistant and
 * tool-result turn of the exchange. A failed call appends nothing.
 *
 * <p>The first turn is {@code user} and the roles alternate; a violation is a
 * {@link ConversationException} before anything is sent.
 *
 * <p>Thread-safe: readers always see a consistent list of whole exchanges. Calls on one conversation
 * should run one at a time; a call that finds the conversation changed by another call when it
 * finishes fails rather than interleave the two exchanges.
 *
 * <p>{@link #toJson()} and {@link #fromJson(String)} store it in the API's own format, so that an
 * application can keep it in its database and resume later.
 */
public final class Conversation {

  private List<MessageParam> turns;
  private long version;

  private Conversation(List<MessageParam> turns) {
    this.turns = List.copyOf(turns);
  }

  /** An empty conversation. */
  public static Conversation create() {
    return new Conversation(List.of());
  }

  /**
   * A conversation that starts with {@code turns}.
   *
   * @throws ConversationException when they do not start with {@code user} and alternate
   */
  public static Conversation of(List<MessageParam> turns) {
    validate(turns);
    return new Conversation(turns);
  }

  /** The turns, in order. */
  public synchronized List<MessageParam> turns() {
    return turns;
  }

  /** The number of turns. */
  public synchronized int size() {
    return turns.size();
  }

  /** The conversation as JSON: {@code {"messages": [...]}}, each turn as the API writes it. */
  public String toJson() {
    List<MessageParam> snapshot = turns();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Wire.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("messages");
      for (MessageParam turn : snapshot) {
        Wire.writeMessageParam(g, turn);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A conversation read from {@link #toJson()}'s format.
   *
   * @throws IllegalArgumentException when {@code json} is not that format
   * @throws ConversationException when its turns do not start with {@code user} and alternate
   */
  public static Conversation fromJson(String json) {
    JsonNode root = Wire.parse(json);
    if (!root.path("messages").isArray()) {
      throw new IllegalArgumentException(
          "a stored conversation is {\"messages\": [...]}; got " + Wire.abbreviate(json, 100));
    }
    List<MessageParam> turns = new ArrayList<>();
    for (JsonNode turn : root.get("messages")) {
      turns.add(Wire.readMessageParam(turn));
    }
    return of(turns);
  }

  /** The turns and the version that {@link #append} checks, read together. */
  synchronized Snapshot snapshot() {
    return new Snapshot(turns, version);
  }

  /**
   * Appends a whole exchange, if nothing was appended since {@code snapshot}.
   *
   * @throws ConversationException when another call changed the conversation meanwhile
   */
  synchronized void append(Snapshot snapshot, List<MessageParam> exchange) {
    if (snapshot.version != version) {
      throw new ConversationException(
          "the conversation was changed by another call while this one ran; run the calls of one"
              + " conversation one at a time");
    }
    List<MessageParam> appended = new ArrayList<>(turns);
    appended.addAll(exchange);
    turns = List.copyOf(appended);
    version++;
  }

  /**
   * Checks that {@code turns} start with {@code user} and alternate.
   *
   * @throws ConversationException naming the first turn that breaks the rule
   */
  static void validate(List<MessageParam> turns) {
    Role expected = Role.USER;
    for (int i = 0; i < turns.size(); i++) {
      Role role = turns.get(i).role();
      if (role != expected) {
        throw new ConversationException(i == 0
            ? "the first turn of a conversation must be user, not " + role.wireValue()
            : "turn " + i + " is " + role.wireValue() + " after a " + turns.get(i - 1).role().wireValue()
                + " turn; a conversation alternates user and assistant turns");
      }
      expected = role == Role.USER ? Role.ASSISTANT : Role.USER;
    }
  }

  @Override
  public String toString() {
    return "Conversation[" + size() + " turns]";
  }

  /** The turns at one moment and the version they had. */
  record Snapshot(List<MessageParam> turns, long version) {}
}
