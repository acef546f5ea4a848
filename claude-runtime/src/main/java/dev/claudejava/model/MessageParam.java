package dev.claudejava.model;

import java.util.List;
import java.util.Objects;

/**
 * One turn of the conversation sent in a request.
 *
 * @param role who wrote the turn
 * @param content the turn's blocks, in order
 */
public record MessageParam(Role role, List<ContentBlock> content) {

  public MessageParam {
    Objects.requireNonNull(role, "role");
    content = List.copyOf(content);
  }

  /** A user turn holding {@code text}. */
  public static MessageParam user(String text) {
    return new MessageParam(Role.USER, List.of(TextBlock.of(text)));
  }

  /** A user turn holding {@code blocks}. */
  public static MessageParam user(ContentBlock... blocks) {
    return new MessageParam(Role.USER, List.of(blocks));
  }

  /** An assistant turn holding {@code text}, for example a prefill the model continues from. */
  public static MessageParam assistant(String text) {
    return new MessageParam(Role.ASSISTANT, List.of(TextBlock.of(text)));
  }

  /** An assistant turn holding {@code blocks}. */
  public static MessageParam assistant(ContentBlock... blocks) {
    return new MessageParam(Role.ASSISTANT, List.of(blocks));
  }

  /** The text of every text block, joined in order. */
  public String text() {
    return Message.joinText(content);
  }
}
