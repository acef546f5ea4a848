package dev.claudejava.model;

import java.util.Objects;

/**
 * The model's thinking, with the signature the API uses to check that it comes back unchanged. An
 * assistant turn that carried thinking before a tool call must be sent back with it, byte for byte,
 * even when the thinking text is empty.
 *
 * @param thinking the thinking text (summarized or empty, depending on the request's display mode)
 * @param signature the API's signature of the block
 */
public record ThinkingBlock(String thinking, String signature) implements ContentBlock {

  public ThinkingBlock {
    Objects.requireNonNull(thinking, "thinking");
    Objects.requireNonNull(signature, "signature");
  }

  @Override
  public String type() {
    return "thinking";
  }
}
