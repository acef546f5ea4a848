package dev.claudejava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudejava.annotations.Effort;
import dev.claudejava.model.CacheControl;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Document;
import dev.claudejava.model.DocumentBlock;
import dev.claudejava.model.Image;
import dev.claudejava.model.ImageBlock;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageParam;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.OutputConfig;
import dev.claudejava.model.RedactedThinkingBlock;
import dev.claudejava.model.StopReason;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ThinkingBlock;
import dev.claudejava.model.ThinkingConfig;
import dev.claudejava.model.ToolChoice;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.model.ToolResultBlock;
import dev.claudejava.model.ToolUseBlock;
import dev.claudejava.model.UnknownBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTest {

  private static ObjectNode schema() {
    return (ObjectNode) Wire.parse("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");
  }

  @Test
  void writesEveryRequestFieldInAFixedOrderWithMessagesLast() {
    MessageRequest request = MessageRequest.builder()
        .model("claude-opus-4-8")
        .maxTokens(1024)
        .system(List.of(TextBlock.of("Be terse.").withCacheControl(CacheControl.ephemeral())))
        .addTool(new ToolDefinition("get_weather", "Weather", schema(), true, CacheControl.ephemeralOneHour()))
        .toolChoice(new ToolChoice.Any(true))
        .thinking(ThinkingConfig.adaptiveSummarized())
        .outputConfig(new OutputConfig(Effort.HIGH, schema()))
        .cacheControl(CacheControl.ephemeral())
        .metadataUserId("user-1")
        .stopSequences("STOP")
        .temperature(0.5)
        .topP(0.9)
        .topK(40)
        .addUserMessage("Hi")
        .build();

    assertThat(new String(Wire.requestBody(request, true), StandardCharsets.UTF_8)).isEqualTo(
        "{\"model\":\"claude-opus-4-8\",\"max_tokens\":1024,"
            + "\"system\":[{\"type\":\"text\",\"text\":\"Be terse.\",\"cache_control\":{\"type\":\"ephemeral\"}}],"
            + "\"tools\":[{\"name\":\"get_weather\",\"description\":\"Weather\",\"input_schema\":"
            + "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}},\"strict\":true,"
            + "\"cache_control\":{\"type\":\"ephemeral\",\"ttl\":\"1h\"}}],"
            + "\"tool_choice\":{\"type\":\"any\",\"disable_parallel_tool_use\":true},"
            + "\"thinking\":{\"type\":\"adaptive\",\"display\":\"summarized\"},"
            + "\"output_config\":{\"effort\":\"high\",\"format\":{\"type\":\"json_schema\",\"schema\":"
            + "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}}},"
            + "\"cache_control\":{\"type\":\"ephemeral\"},"
            + "\"metadata\":{\"user_id\":\"user-1\"},\"stop_sequences\":[\"STOP\"],"
            + "\"temperature\":0.5,\"top_p\":0.9,\"top_k\":40,\"stream\":true,"
            + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}]}]}");
  }

  @Test
  void omitsAbsentValuesInsteadOfWritingNull() {
    MessageRequest request = MessageRequest.builder().model("m").maxTokens(5).addUserMessage("x").build();

    assertThat(request.toJson()).isEqualTo(
        "{\"model\":\"m\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}]}");
  }

  @Test
  void countTokensBodyLeavesOutWhatThatEndpointRejects() {
    MessageRequest request = MessageRequest.builder()
        .model("m").maxTokens(5).stopSequences("S").temperature(1.0).metadataUserId("u")
        .thinking(ThinkingConfig.adaptive()).addUserMessage("x").build();

    assertThat(new String(Wire.countTokensBody(request), StandardCharsets.UTF_8)).isEqualTo(
        "{\"model\":\"m\",\"thinking\":{\"type\":\"adaptive\"},"
            + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}]}");
  }

  @Test
  void requestsThatDifferOnlyInMessagesShareTheirBytesUpToMessages() {
    MessageRequest.Builder base = MessageRequest.builder().model("m").maxTokens(5).system("S")
        .addTool(ToolDefinition.of("t", "d", schema()));
    String first = base.addUserMessage("one").build().toJson();
    String second = base.addAssistantMessage("two").addUserMessage("three").build().toJson();

    int cut = first.indexOf("\"messages\"");
    assertThat(second.substring(0, cut)).isEqualTo(first.substring(0, cut));
  }

  @Test
  void everyKnownBlockRoundTripsThroughItsWireForm() {
    List<ContentBlock> blocks = List.of(
        new TextBlock("cited", List.of((ObjectNode) Wire.parse("{\"type\":\"char_location\",\"start_char_index\":0}")),
            CacheControl.ephemeral()),
        new ImageBlock(Image.base64("image/png", "iVBORw0KGgo="), null),
        new ImageBlock(Image.url("https://example.com/a.png"), CacheControl.ephemeral()),
        new DocumentBlock(Document.pdfBase64("JVBERi0x"), "Report", "context", true, null),
        Document.text("plain").toBlock(),
        Document.url("https://example.com/a.pdf").toBlock(),
        new DocumentBlock(new Document.Content(List.of(TextBlock.of("part"))), null, null, false, null),
        new ToolUseBlock("toolu_1", "get_weather", Wire.parse("{\"city\":\"Paris\",\"n\":1.50}"), null),
        new ToolResultBlock("toolu_1", List.of(TextBlock.of("sunny")), true, null),
        new ThinkingBlock("", "sig=="),
        new RedactedThinkingBlock("opaque"),
        new UnknownBlock((ObjectNode) Wire.parse(
            "{\"type\":\"web_search_tool_result\",\"tool_use_id\":\"srvtoolu_1\",\"content\":[{\"x\":1.0E+2,\"y\":0.10}]}")));
    MessageParam turn = new MessageParam(dev.claudejava.model.Role.USER, blocks);
    String json = MessageRequest.builder().model("m").maxTokens(1).addMessage(turn).build().toJson();

    MessageParam back = Wire.readMessageParam(Wire.parse(json).path("messages").get(0));

    assertThat(back).isEqualTo(turn);
    assertThat(json).contains("{\"x\":1.0E+2,\"y\":0.10}").contains("\"n\":1.50");
  }

  @Test
  void readsAStringContentAsOneTextBlock() {
    MessageParam turn = Wire.readMessageParam(Wire.parse("{\"role\":\"user\",\"content\":\"Hello\"}"));

    assertThat(turn.content()).containsExactly(TextBlock.of("Hello"));
  }

  @Test
  void keepsUnknownStopReasonsBlocksAndFieldsOfAMessage() {
    String json = "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-opus-4-8\","
        + "\"content\":[{\"type\":\"text\",\"text\":\"Hi\",\"citations\":null},"
        + "{\"type\":\"hologram\",\"payload\":{\"deep\":[1,2,3]}}],"
        + "\"stop_reason\":\"took_a_nap\",\"stop_sequence\":null,"
        + "\"usage\":{\"input_tokens\":3,\"cache_creation_input_tokens\":1,\"cache_read_input_tokens\":2,"
        + "\"output_tokens\":4,\"service_tier\":\"standard\"},"
        + "\"container\":{\"id\":\"c1\"}}";

    Message message = Message.fromJson(json);

    assertThat(message.stopReason()).isEqualTo(new StopReason("took_a_nap"));
    assertThat(message.stopReason().isKnown()).isFalse();
    assertThat(message.content().get(1)).isInstanceOf(UnknownBlock.class);
    assertThat(message.usage().extras().path("service_tier").asText()).isEqualTo("standard");
    assertThat(message.extras().path("container").path("id").asText()).isEqualTo("c1");
    assertThat(Message.fromJson(message.toJson())).isEqualTo(message);
    JsonNode unknown = Wire.parse(message.toJson()).path("content").get(1);
    assertThat(unknown.toString()).isEqualTo("{\"type\":\"hologram\",\"payload\":{\"deep\":[1,2,3]}}");
  }

  @Test
  void knownStopReasonsAreTheSharedConstants() {
    assertThat(StopReason.of("tool_use")).isSameAs(StopReason.TOOL_USE);
    assertThat(StopReason.of("refusal").isKnown()).isTrue();
  }

  @Test
  void anImageOrDocumentWithAnUnknownSourceIsKeptWhole() {
    ContentBlock block = Wire.readBlock(Wire.parse("{\"type\":\"image\",\"source\":{\"type\":\"file\",\"file_id\":\"f1\"}}"));

    assertThat(block).isInstanceOf(UnknownBlock.class);
    assertThat(((UnknownBlock) block).json().toString()).contains("\"file_id\":\"f1\"");
  }

  @Test
  void rejectsABlockThatIsNotAnObject() {
    assertThatThrownBy(() -> Wire.readBlock(Wire.parse("\"text\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a JSON object");
  }
}
