package dev.claudejava.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Message;
import dev.claudejava.model.StopDetails;
import dev.claudejava.model.StopReason;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ThinkingBlock;
import dev.claudejava.model.ToolUseBlock;
import dev.claudejava.model.UnknownBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds a {@link Message} from stream events: text concatenated, each tool call's input parsed
 * from its concatenated {@code partial_json}, thinking text and signature, citations appended, usage
 * merged from {@code message_start} and {@code message_delta} (the later figures win), stop reason,
 * stop sequence and stop details from {@code message_delta}. The result equals what the
 * non-streaming call returns for the same reply.
 *
 * <p>Feed it every event in order with {@link #accept}; {@link #snapshot()} gives the message as far
 * as it has arrived at any point. Not thread-safe.
 */
public final class MessageAccumulator {

  private @Nullable Message start;
  private final List<@Nullable BlockBuilder> blocks = new ArrayList<>();
  private ObjectNode usage = Wire.objectNode();
  private @Nullable StopReason stopReason;
  private @Nullable String stopSequence;
  private @Nullable StopDetails stopDetails;
  private final ObjectNode deltaExtras = Wire.objectNode();
  private boolean complete;

  /** Applies one event. Events of unknown types change nothing. */
  public void accept(StreamEvent event) {
    if (event instanceof StreamEvent.MessageStart started) {
      start = started.message();
      usage = Wire.usageJson(started.message().usage());
      blocks.clear();
      for (ContentBlock block : started.message().content()) {
        blocks.add(BlockBuilder.of(block));
      }
    } else if (event instanceof StreamEvent.ContentBlockStart started) {
      while (blocks.size() <= started.index()) {
        blocks.add(null);
      }
      blocks.set(started.index(), BlockBuilder.of(started.block()));
    } else if (event instanceof StreamEvent.ContentBlockDelta delta) {
      BlockBuilder block = delta.index() < blocks.size() ? blocks.get(delta.index()) : null;
      if (block != null) {
        block.apply(delta.delta());
      }
    } else if (event instanceof StreamEvent.MessageDelta delta) {
      stopReason = delta.stopReason();
      stopSequence = delta.stopSequence();
      stopDetails = delta.stopDetails();
      usage.setAll(delta.usage());
      for (Map.Entry<String, JsonNode> field : delta.json().path("delta").properties()) {
        switch (field.getKey()) {
          case "stop_reason":
          case "stop_sequence":
          case "stop_details":
            break;
          default:
            deltaExtras.set(field.getKey(), field.getValue());
        }
      }
    } else if (event instanceof StreamEvent.MessageStop) {
      complete = true;
    }
  }

  /** Whether {@code message_start} has arrived. */
  public boolean hasStarted() {
    return start != null;
  }

  /** Whether {@code message_stop} has arrived. */
  public boolean isComplete() {
    return complete;
  }

  /** The block at {@code index} as far as it has arrived, or null when it has not started. */
  public @Nullable ContentBlock block(int index) {
    BlockBuilder block = index < blocks.size() ? blocks.get(index) : null;
    return block == null ? null : block.build();
  }

  /**
   * The message as far as it has arrived.
   *
   * @throws IllegalStateException before {@code message_start}
   */
  public Message snapshot() {
    Message started = start;
    if (started == null) {
      throw new IllegalStateException("no message_start has arrived yet");
    }
    List<ContentBlock> content = new ArrayList<>(blocks.size());
    for (BlockBuilder block : blocks) {
      if (block != null) {
        content.add(block.build());
      }
    }
    ObjectNode extras = started.extras().deepCopy();
    extras.setAll(deltaExtras);
    return new Message(
        started.id(), started.type(), started.role(), started.model(), content,
        stopReason != null ? stopReason : started.stopReason(),
        stopSequence != null ? stopSequence : started.stopSequence(),
        stopDetails != null ? stopDetails : started.stopDetails(),
        Wire.readUsage(usage), extras);
  }

  /**
   * The complete message.
   *
   * @throws IllegalStateException before {@code message_stop}
   */
  public Message message() {
    if (!complete) {
      throw new IllegalStateException("the message is not complete: no message_stop has arrived yet");
    }
    return snapshot();
  }

  /** Builds one block from its start and deltas. */
  private abstract static class BlockBuilder {

    static BlockBuilder of(ContentBlock start) {
      if (start instanceof TextBlock text) {
        return new Text(text);
      }
      if (start instanceof ToolUseBlock use) {
        return new ToolUse(use);
      }
      if (start instanceof ThinkingBlock thinking) {
        return new Thinking(thinking);
      }
      if (start instanceof UnknownBlock unknown) {
        return new Unknown(unknown);
      }
      return new Fixed(start);
    }

    abstract void apply(Delta delta);

    abstract ContentBlock build();
  }

  private static final class Text extends BlockBuilder {
    private final TextBlock start;
    private final StringBuilder text;
    private final List<ObjectNode> citations;

    Text(TextBlock start) {
      this.start = start;
      this.text = new StringBuilder(start.text());
      this.citations = new ArrayList<>(start.citations());
    }

    @Override
    void apply(Delta delta) {
      if (delta instanceof Delta.TextDelta t) {
        text.append(t.text());
      } else if (delta instanceof Delta.CitationsDelta c) {
        citations.add(c.citation());
      }
    }

    @Override
    ContentBlock build() {
      return new TextBlock(text.toString(), citations, start.cacheControl());
    }
  }

  private static final class ToolUse extends BlockBuilder {
    private final ToolUseBlock start;
    private final StringBuilder json = new StringBuilder();

    ToolUse(ToolUseBlock start) {
      this.start = start;
    }

    @Override
    void apply(Delta delta) {
      if (delta instanceof Delta.InputJsonDelta input) {
        json.append(input.partialJson());
      }
    }

    @Override
    ContentBlock build() {
      JsonNode input = json.length() == 0 ? start.input() : PartialJson.parse(json.toString());
      return new ToolUseBlock(start.id(), start.name(), input, start.cacheControl());
    }
  }

  private static final class Thinking extends BlockBuilder {
    private final StringBuilder thinking;
    private String signature;

    Thinking(ThinkingBlock start) {
      this.thinking = new StringBuilder(start.thinking());
      this.signature = start.signature();
    }

    @Override
    void apply(Delta delta) {
      if (delta instanceof Delta.ThinkingDelta t) {
        thinking.append(t.thinking());
      } else if (delta instanceof Delta.SignatureDelta s) {
        signature = s.signature();
      }
    }

    @Override
    ContentBlock build() {
      return new ThinkingBlock(thinking.toString(), signature);
    }
  }

  /** A block the library does not model (a server tool call, say): its input may stream as JSON. */
  private static final class Unknown extends BlockBuilder {
    private final ObjectNode start;
    private final StringBuilder json = new StringBuilder();

    Unknown(UnknownBlock start) {
      this.start = start.json();
    }

    @Override
    void apply(Delta delta) {
      if (delta instanceof Delta.InputJsonDelta input) {
        json.append(input.partialJson());
      }
    }

    @Override
    ContentBlock build() {
      if (json.length() == 0) {
        return new UnknownBlock(start);
      }
      ObjectNode block = start.deepCopy();
      block.set("input", PartialJson.parse(json.toString()));
      return new UnknownBlock(block);
    }
  }

  /** A block that arrives whole (redacted thinking, an image, ...): deltas do not change it. */
  private static final class Fixed extends BlockBuilder {
    private final ContentBlock block;

    Fixed(ContentBlock block) {
      this.block = block;
    }

    @Override
    void apply(Delta delta) {}

    @Override
    ContentBlock build() {
      return block;
    }
  }
}
