package dev.claudejava.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The deterministic token estimate with which a {@link MockClaudeServer} answers
 * {@code POST /v1/messages/count_tokens} and fills a reply's {@code usage.input_tokens} when the
 * script does not set it. It is no tokenizer; it is stable, so a test can compute the figure it
 * expects:
 *
 * <ul>
 *   <li>counted characters (Unicode code points): {@code system} (a string, or the {@code text} of each
 *       block); in every message's {@code content}, a string, or per block: {@code text} of a text
 *       block, {@code thinking} of a thinking block, {@code name} and the compact JSON of
 *       {@code input} of a tool_use block, the {@code content} of a tool_result block (a string, or
 *       its blocks counted by these same rules), the {@code source.data} of a plain-text document,
 *       and the compact JSON of any other block; and for every tool in {@code tools}, its
 *       {@code name}, {@code description} and the compact JSON of its {@code input_schema};
 *   <li>each image costs {@value #IMAGE_TOKENS} tokens, each other document
 *       {@value #DOCUMENT_TOKENS};
 *   <li>the estimate is {@code ceil(characters / }{@value #CHARACTERS_PER_TOKEN}{@code )} plus those
 *       fixed costs, and at least 1.
 * </ul>
 */
public final class TokenEstimate {

  /** Characters that make one token. */
  public static final int CHARACTERS_PER_TOKEN = 4;

  /** The fixed cost of an image block. */
  public static final int IMAGE_TOKENS = 1_600;

  /** The fixed cost of a document block whose source is not plain text (a PDF, a file, a URL). */
  public static final int DOCUMENT_TOKENS = 2_000;

  private TokenEstimate() {}

  /** The estimate for a Messages API request body (or a count_tokens body); see the class comment. */
  public static int inputTokens(JsonNode request) {
    Tally tally = new Tally();
    JsonNode system = request.path("system");
    if (system.isTextual()) {
      tally.text(system.textValue());
    } else {
      system.forEach(block -> tally.text(block.path("text").asText("")));
    }
    for (JsonNode message : request.path("messages")) {
      tally.content(message.path("content"));
    }
    for (JsonNode tool : request.path("tools")) {
      tally.text(tool.path("name").asText(""));
      tally.text(tool.path("description").asText(""));
      if (tool.has("input_schema")) {
        tally.text(Json.write(tool.get("input_schema")));
      }
    }
    return tally.tokens();
  }

  /** The estimate for what a scripted reply generates: a quarter of its characters, at least 1. */
  static int outputTokens(List<ReplyBlock> blocks) {
    Tally tally = new Tally();
    for (ReplyBlock block : blocks) {
      if (block instanceof ReplyBlock.Text) {
        tally.text(((ReplyBlock.Text) block).text());
      } else if (block instanceof ReplyBlock.Thinking) {
        tally.text(((ReplyBlock.Thinking) block).thinking());
      } else if (block instanceof ReplyBlock.RedactedThinking) {
        tally.text(((ReplyBlock.RedactedThinking) block).data());
      } else if (block instanceof ReplyBlock.ToolUse) {
        ReplyBlock.ToolUse toolUse = (ReplyBlock.ToolUse) block;
        tally.text(toolUse.name());
        tally.text(toolUse.inputJson());
      } else {
        tally.text(Json.write(((ReplyBlock.Raw) block).block()));
      }
    }
    return tally.tokens();
  }

  private static final class Tally {
    private long characters;
    private long fixedTokens;

    void text(String text) {
      characters += text.codePointCount(0, text.length());
    }

    void content(JsonNode content) {
      if (content.isTextual()) {
        text(content.textValue());
        return;
      }
      for (JsonNode block : content) {
        switch (block.path("type").asText("")) {
          case "text":
            text(block.path("text").asText(""));
            break;
          case "thinking":
            text(block.path("thinking").asText(""));
            break;
          case "tool_use":
            text(block.path("name").asText(""));
            if (block.has("input")) {
              text(Json.write(block.get("input")));
            }
            break;
          case "tool_result":
            content(block.path("content"));
            break;
          case "image":
            fixedTokens += IMAGE_TOKENS;
            break;
          case "document":
            if ("text".equals(block.path("source").path("type").asText())) {
              text(block.path("source").path("data").asText(""));
            } else {
              fixedTokens += DOCUMENT_TOKENS;
            }
            break;
          default:
            text(Json.write(block));
        }
      }
    }

    int tokens() {
      long tokens = (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN + fixedTokens;
      return (int) Math.max(1, Math.min(tokens, Integer.MAX_VALUE));
    }
  }
}
