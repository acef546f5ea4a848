package dev.claudejava.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One content block of a scripted message reply, before it is rendered as JSON or as SSE events. */
sealed interface ReplyBlock {

  /** A {@code text} block. */
  record Text(String text) implements ReplyBlock {}

  /** A {@code thinking} block and its signature. */
  record Thinking(String thinking, String signature) implements ReplyBlock {}

  /** A {@code redacted_thinking} block. */
  record RedactedThinking(String data) implements ReplyBlock {}

  /**
   * A {@code tool_use} block.
   *
   * @param inputJson the input as the script wrote it, streamed verbatim in {@code input_json_delta}s
   * @param input the same input parsed, for the non-streamed message
   */
  record ToolUse(String id, String name, String inputJson, ObjectNode input) implements ReplyBlock {}

  /** Any block, sent exactly as given (a single {@code content_block_start} when streamed). */
  record Raw(ObjectNode block) implements ReplyBlock {}
}
