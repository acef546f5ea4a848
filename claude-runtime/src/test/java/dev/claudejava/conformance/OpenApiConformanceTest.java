package dev.claudejava.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claudejava.annotations.Effort;
import dev.claudejava.internal.Wire;
import dev.claudejava.model.CacheControl;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Document;
import dev.claudejava.model.DocumentBlock;
import dev.claudejava.model.Image;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageParam;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.OutputConfig;
import dev.claudejava.model.RedactedThinkingBlock;
import dev.claudejava.model.Role;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ThinkingBlock;
import dev.claudejava.model.ThinkingConfig;
import dev.claudejava.model.ToolChoice;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.model.ToolResultBlock;
import dev.claudejava.model.ToolUseBlock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our wire format against the API's contract, written by others: request bodies that use every
 * field and block type validate against {@code CreateMessageParams}, and the official SDKs' recorded
 * replies parse into our types and back.
 */
class OpenApiConformanceTest {

  private OpenApi api;

  @BeforeEach
  void openApi() {
    Assumptions.assumeTrue(OpenApi.available().isPresent(),
        "conformance folder " + OpenApi.conformanceDir() + " is absent: OpenAPI conformance skipped");
    api = OpenApi.available().get();
  }

  private static ObjectNode schema() {
    return (ObjectNode) Wire.parse(
        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
  }

  @Test
  void aRequestUsingEveryFieldConformsToCreateMessageParams() {
    List<ContentBlock> userBlocks = List.of(
        TextBlock.of("Look:").withCacheControl(CacheControl.ephemeral()),
        Image.base64("image/png", "iVBORw0KGgo=").toBlock(),
        Image.url("https://example.com/cat.png").toBlock(),
        new DocumentBlock(Document.pdfBase64("JVBERi0x"), "Report", "Q3", true, CacheControl.ephemeralOneHour()),
        Document.text("notes").toBlock(),
        Document.url("https://example.com/a.pdf").toBlock(),
        new DocumentBlock(new Document.Content(List.of(TextBlock.of("part"))), null, null, false, null));
    MessageRequest request = MessageRequest.builder()
        .model("claude-opus-4-8")
        .maxTokens(2048)
        .system(List.of(TextBlock.of("Be terse.").withCacheControl(CacheControl.ephemeral())))
        .addTool(new ToolDefinition("get_weather", "Weather now", schema(), true, CacheControl.ephemeral()))
        .toolChoice(new ToolChoice.Auto(true))
        .thinking(ThinkingConfig.adaptiveSummarized())
        .outputConfig(new OutputConfig(Effort.MAX, schema()))
        .cacheControl(CacheControl.ephemeral())
        .metadataUserId("user-1")
        .stopSequences("END")
        .temperature(1.0)
        .topP(0.9)
        .topK(5)
        .addMessage(new MessageParam(Role.USER, userBlocks))
        .addMessage(MessageParam.assistant(
            new ThinkingBlock("", "sig"),
            new RedactedThinkingBlock("opaque"),
            TextBlock.of("Checking."),
            new ToolUseBlock("toolu_1", "get_weather", Wire.parse("{\"city\":\"Paris\"}"), null)))
        .addMessage(MessageParam.user(
            new ToolResultBlock("toolu_1", List.of(TextBlock.of("sunny"), Image.url("https://example.com/sky.png").toBlock()), false, null),
            ToolResultBlock.error("toolu_2", "no such city")))
        .build();

    assertThat(api.problems("CreateMessageParams", new String(Wire.requestBody(request, true), StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(api.problems("CountMessageTokensParams", new String(Wire.countTokensBody(request), StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void theRecordedNonStreamingReplyParsesAndRoundTrips() throws IOException {
    Path recorded = OpenApi.conformanceDir().resolve("fixtures/py-recorded-nonstream-200.body.json");
    String json = Files.readString(recorded);

    Message message = Message.fromJson(json);

    assertThat(message.id()).startsWith("msg_");
    assertThat(message.stopReason()).isNotNull();
    assertThat(message.usage().inputTokens()).isPositive();
    assertThat(Wire.parse(message.toJson())).isEqualTo(Wire.parse(json));
    assertThat(api.replyProblems("Message", message.toJson())).isEmpty();
  }
}
