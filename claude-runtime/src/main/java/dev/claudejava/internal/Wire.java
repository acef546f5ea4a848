package dev.claudejava.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import dev.claudejava.model.ModelInfo;
import dev.claudejava.model.ModelPage;
import dev.claudejava.model.OutputConfig;
import dev.claudejava.model.RedactedThinkingBlock;
import dev.claudejava.model.Role;
import dev.claudejava.model.StopDetails;
import dev.claudejava.model.StopReason;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ThinkingBlock;
import dev.claudejava.model.ThinkingConfig;
import dev.claudejava.model.ToolChoice;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.model.ToolResultBlock;
import dev.claudejava.model.ToolUseBlock;
import dev.claudejava.model.UnknownBlock;
import dev.claudejava.model.Usage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Messages API's JSON, written and read by hand: the key order is fixed by this code (so the same
 * request is the same bytes), absent values are omitted, and no reflection is involved.
 *
 * <p>Reading is lenient where the API may omit or add things: a missing list is empty, a missing
 * count is zero, an unknown block type becomes an {@link UnknownBlock}, unknown fields of a message,
 * usage or model are kept in their {@code extras}/{@code json}.
 */
public final class Wire {

  /**
   * The runtime's one mapper. Floating-point numbers are read as exact decimals so that JSON the
   * library does not model (unknown blocks, tool input) is written back as it came.
   */
  public static final ObjectMapper MAPPER = newMapper();

  private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

  private static final Set<String> MESSAGE_FIELDS =
      Set.of("id", "type", "role", "model", "content", "stop_reason", "stop_sequence", "stop_details", "usage");
  private static final Set<String> USAGE_FIELDS =
      Set.of("input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens");

  private Wire() {}

  private static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        // a multi-megabyte delta or a large document is legitimate; the API bounds request sizes itself
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  /** A new empty JSON object. */
  public static ObjectNode objectNode() {
    return NODES.objectNode();
  }

  /** Parses JSON text. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Parses UTF-8 JSON bytes. */
  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- writing

  /** The body of {@code POST /v1/messages}. */
  public static byte[] requestBody(MessageRequest request, boolean stream) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      writeRequest(g, request, stream, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The body of {@code POST /v1/messages/count_tokens}: the same request without the fields that
   * endpoint does not take ({@code max_tokens}, {@code stop_sequences}, sampling, {@code metadata}).
   */
  public static byte[] countTokensBody(MessageRequest request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      writeRequest(g, request, false, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A request as JSON text, as {@link #requestBody} would send it without {@code stream}. */
  public static String toJson(MessageRequest request) {
    return new String(requestBody(request, false), StandardCharsets.UTF_8);
  }

  /** A message as the API's JSON. */
  public static String toJson(Message message) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      writeMessage(g, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeRequest(JsonGenerator g, MessageRequest r, boolean stream, boolean countTokens)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("model", r.model());
    if (!countTokens) {
      g.writeNumberField("max_tokens", r.maxTokens());
    }
    if (!r.system().isEmpty()) {
      g.writeArrayFieldStart("system");
      for (TextBlock block : r.system()) {
        writeBlock(g, block);
      }
      g.writeEndArray();
    }
    if (!r.tools().isEmpty()) {
      g.writeArrayFieldStart("tools");
      for (ToolDefinition tool : r.tools()) {
        writeTool(g, tool);
      }
      g.writeEndArray();
    }
    if (r.toolChoice() != null) {
      g.writeFieldName("tool_choice");
      writeToolChoice(g, r.toolChoice());
    }
    if (r.thinking() != null) {
      g.writeFieldName("thinking");
      writeThinking(g, r.thinking());
    }
    OutputConfig output = r.outputConfig();
    if (output != null && !output.isEmpty()) {
      g.writeObjectFieldStart("output_config");
      if (output.effort() != Effort.DEFAULT) {
        g.writeStringField("effort", output.effort().wireValue());
      }
      if (output.jsonSchema() != null) {
        g.writeObjectFieldStart("format");
        g.writeStringField("type", "json_schema");
        g.writeFieldName("schema");
        g.writeTree(output.jsonSchema());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    writeCacheControl(g, r.cacheControl());
    if (!countTokens) {
      if (r.metadataUserId() != null) {
        g.writeObjectFieldStart("metadata");
        g.writeStringField("user_id", r.metadataUserId());
        g.writeEndObject();
      }
      if (!r.stopSequences().isEmpty()) {
        g.writeArrayFieldStart("stop_sequences");
        for (String sequence : r.stopSequences()) {
          g.writeString(sequence);
        }
        g.writeEndArray();
      }
      if (r.temperature() != null) {
        g.writeNumberField("temperature", r.temperature());
      }
      if (r.topP() != null) {
        g.writeNumberField("top_p", r.topP());
      }
      if (r.topK() != null) {
        g.writeNumberField("top_k", r.topK());
      }
      if (stream) {
        g.writeBooleanField("stream", true);
      }
    }
    // last, so that everything before it is a byte-stable prefix across the turns of a conversation
    g.writeArrayFieldStart("messages");
    for (MessageParam message : r.messages()) {
      writeMessageParam(g, message);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes one turn of a request. */
  public static void writeMessageParam(JsonGenerator g, MessageParam message) throws IOException {
    g.writeStartObject();
    g.writeStringField("role", message.role().wireValue());
    g.writeArrayFieldStart("content");
    for (ContentBlock block : message.content()) {
      writeBlock(g, block);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeMessage(JsonGenerator g, Message m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id());
    g.writeStringField("type", m.type());
    g.writeStringField("role", m.role().wireValue());
    g.writeStringField("model", m.model());
    g.writeArrayFieldStart("content");
    for (ContentBlock block : m.content()) {
      writeBlock(g, block);
    }
    g.writeEndArray();
    g.writeFieldName("stop_reason");
    if (m.stopReason() == null) {
      g.writeNull();
    } else {
      g.writeString(m.stopReason().value());
    }
    g.writeFieldName("stop_sequence");
    if (m.stopSequence() == null) {
      g.writeNull();
    } else {
      g.writeString(m.stopSequence());
    }
    if (m.stopDetails() != null) {
      g.writeFieldName("stop_details");
      g.writeTree(m.stopDetails().json());
    }
    g.writeFieldName("usage");
    g.writeTree(usageJson(m.usage()));
    writeFields(g, m.extras());
    g.writeEndObject();
  }

  /** Usage as the API's {@code usage} object: the four counts, then every other field it sent. */
  public static ObjectNode usageJson(Usage usage) {
    ObjectNode json = NODES.objectNode();
    json.put("input_tokens", usage.inputTokens());
    json.put("cache_creation_input_tokens", usage.cacheCreationInputTokens());
    json.put("cache_read_input_tokens", usage.cacheReadInputTokens());
    json.put("output_tokens", usage.outputTokens());
    json.setAll(usage.extras());
    return json;
  }

  private static void writeFields(JsonGenerator g, ObjectNode fields) throws IOException {
    for (Map.Entry<String, JsonNode> field : fields.properties()) {
      g.writeFieldName(field.getKey());
      g.writeTree(field.getValue());
    }
  }

  /** Writes one content block, its {@code type} first. */
  public static void writeBlock(JsonGenerator g, ContentBlock block) throws IOException {
    if (block instanceof UnknownBlock unknown) {
      g.writeTree(unknown.json());
      return;
    }
    g.writeStartObject();
    g.writeStringField("type", block.type());
    if (block instanceof TextBlock text) {
      g.writeStringField("text", text.text());
      if (!text.citations().isEmpty()) {
        g.writeArrayFieldStart("citations");
        for (ObjectNode citation : text.citations()) {
          g.writeTree(citation);
        }
        g.writeEndArray();
      }
      writeCacheControl(g, text.cacheControl());
    } else if (block instanceof ImageBlock image) {
      g.writeObjectFieldStart("source");
      if (image.source() instanceof Image.Base64Image b64) {
        g.writeStringField("type", "base64");
        g.writeStringField("media_type", b64.mediaType());
        g.writeStringField("data", b64.data());
      } else if (image.source() instanceof Image.UrlImage url) {
        g.writeStringField("type", "url");
        g.writeStringField("url", url.url());
      }
      g.writeEndObject();
      writeCacheControl(g, image.cacheControl());
    } else if (block instanceof DocumentBlock document) {
      writeDocumentSource(g, document.source());
      if (document.title() != null) {
        g.writeStringField("title", document.title());
      }
      if (document.context() != null) {
        g.writeStringField("context", document.context());
      }
      if (document.citationsEnabled()) {
        g.writeObjectFieldStart("citations");
        g.writeBooleanField("enabled", true);
        g.writeEndObject();
      }
      writeCacheControl(g, document.cacheControl());
    } else if (block instanceof ToolUseBlock use) {
      g.writeStringField("id", use.id());
      g.writeStringField("name", use.name());
      g.writeFieldName("input");
      g.writeTree(use.input());
      writeCacheControl(g, use.cacheControl());
    } else if (block instanceof ToolResultBlock result) {
      g.writeStringField("tool_use_id", result.toolUseId());
      if (!result.content().isEmpty()) {
        g.writeArrayFieldStart("content");
        for (ContentBlock part : result.content()) {
          writeBlock(g, part);
        }
        g.writeEndArray();
      }
      if (result.isError()) {
        g.writeBooleanField("is_error", true);
      }
      writeCacheControl(g, result.cacheControl());
    } else if (block instanceof ThinkingBlock thinking) {
      g.writeStringField("thinking", thinking.thinking());
      g.writeStringField("signature", thinking.signature());
    } else if (block instanceof RedactedThinkingBlock redacted) {
      g.writeStringField("data", redacted.data());
    }
    g.writeEndObject();
  }

  private static void writeDocumentSource(JsonGenerator g, Document source) throws IOException {
    g.writeObjectFieldStart("source");
    if (source instanceof Document.Base64Pdf pdf) {
      g.writeStringField("type", "base64");
      g.writeStringField("media_type", "application/pdf");
      g.writeStringField("data", pdf.data());
    } else if (source instanceof Document.PlainText text) {
      g.writeStringField("type", "text");
      g.writeStringField("media_type", "text/plain");
      g.writeStringField("data", text.data());
    } else if (source instanceof Document.UrlPdf url) {
      g.writeStringField("type", "url");
      g.writeStringField("url", url.url());
    } else if (source instanceof Document.Content content) {
      g.writeStringField("type", "content");
      g.writeArrayFieldStart("content");
      for (ContentBlock block : content.content()) {
        writeBlock(g, block);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeTool(JsonGenerator g, ToolDefinition tool) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", tool.name());
    if (tool.description() != null) {
      g.writeStringField("description", tool.description());
    }
    g.writeFieldName("input_schema");
    g.writeTree(tool.inputSchema());
    if (tool.strict()) {
      g.writeBooleanField("strict", true);
    }
    writeCacheControl(g, tool.cacheControl());
    g.writeEndObject();
  }

  private static void writeToolChoice(JsonGenerator g, ToolChoice choice) throws IOException {
    g.writeStartObject();
    if (choice instanceof ToolChoice.Auto auto) {
      g.writeStringField("type", "auto");
      writeDisableParallel(g, auto.disableParallelToolUse());
    } else if (choice instanceof ToolChoice.Any any) {
      g.writeStringField("type", "any");
      writeDisableParallel(g, any.disableParallelToolUse());
    } else if (choice instanceof ToolChoice.Named named) {
      g.writeStringField("type", "tool");
      g.writeStringField("name", named.name());
      writeDisableParallel(g, named.disableParallelToolUse());
    } else {
      g.writeStringField("type", "none");
    }
    g.writeEndObject();
  }

  private static void writeDisableParallel(JsonGenerator g, boolean disable) throws IOException {
    if (disable) {
      g.writeBooleanField("disable_parallel_tool_use", true);
    }
  }

  private static void writeThinking(JsonGenerator g, ThinkingConfig thinking) throws IOException {
    g.writeStartObject();
    if (thinking instanceof ThinkingConfig.Adaptive adaptive) {
      g.writeStringField("type", "adaptive");
      if (adaptive.display() != null) {
        g.writeStringField("display", adaptive.display());
      }
    } else {
      g.writeStringField("type", "disabled");
    }
    g.writeEndObject();
  }

  private static void writeCacheControl(JsonGenerator g, @Nullable CacheControl cache) throws IOException {
    if (cache == null) {
      return;
    }
    g.writeObjectFieldStart("cache_control");
    g.writeStringField("type", cache.type());
    if (cache.ttl() != null) {
      g.writeStringField("ttl", cache.ttl());
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- reading

  /** A reply of {@code POST /v1/messages}. */
  public static Message readMessage(JsonNode json) {
    ObjectNode extras = NODES.objectNode();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!MESSAGE_FIELDS.contains(field.getKey())) {
        extras.set(field.getKey(), field.getValue());
      }
    }
    JsonNode stopDetails = json.path("stop_details");
    return new Message(
        json.path("id").asText(""),
        json.path("type").asText("message"),
        json.hasNonNull("role") ? Role.fromWire(json.get("role").asText()) : Role.ASSISTANT,
        json.path("model").asText(""),
        readBlocks(json.path("content")),
        json.hasNonNull("stop_reason") ? StopReason.of(json.get("stop_reason").asText()) : null,
        textOrNull(json, "stop_sequence"),
        stopDetails.isObject() ? new StopDetails((ObjectNode) stopDetails) : null,
        readUsage(json.path("usage")),
        extras);
  }

  /**
   * Usage from a {@code usage} object; absent counts are zero and every other field is kept in
   * {@link Usage#extras()}.
   */
  public static Usage readUsage(JsonNode json) {
    ObjectNode extras = NODES.objectNode();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!USAGE_FIELDS.contains(field.getKey())) {
        extras.set(field.getKey(), field.getValue());
      }
    }
    return new Usage(
        json.path("input_tokens").asLong(0),
        json.path("output_tokens").asLong(0),
        json.path("cache_creation_input_tokens").asLong(0),
        json.path("cache_read_input_tokens").asLong(0),
        extras);
  }

  /** One turn of a request: {@code content} as a string or a list of blocks. */
  public static MessageParam readMessageParam(JsonNode json) {
    return new MessageParam(Role.fromWire(json.path("role").asText()), readContent(json.path("content")));
  }

  /** Content that is a string (one text block) or a list of blocks; absent content is empty. */
  public static List<ContentBlock> readContent(JsonNode json) {
    if (json.isTextual()) {
      return List.of(TextBlock.of(json.asText()));
    }
    return readBlocks(json);
  }

  /** A list of content blocks; absent or null is empty. */
  public static List<ContentBlock> readBlocks(JsonNode json) {
    if (!json.isArray()) {
      return List.of();
    }
    List<ContentBlock> blocks = new ArrayList<>(json.size());
    for (JsonNode block : json) {
      blocks.add(readBlock(block));
    }
    return blocks;
  }

  /** One content block; a type this library does not model becomes an {@link UnknownBlock}. */
  public static ContentBlock readBlock(JsonNode json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("a content block must be a JSON object; got " + json);
    }
    ObjectNode block = (ObjectNode) json;
    CacheControl cache = readCacheControl(block.path("cache_control"));
    switch (block.path("type").asText("")) {
      case "text":
        return new TextBlock(block.path("text").asText(""), readCitations(block.path("citations")), cache);
      case "image": {
        Image source = readImageSource(block.path("source"));
        return source == null ? new UnknownBlock(block) : new ImageBlock(source, cache);
      }
      case "document": {
        Document source = readDocumentSource(block.path("source"));
        if (source == null) {
          return new UnknownBlock(block);
        }
        return new DocumentBlock(
            source,
            textOrNull(block, "title"),
            textOrNull(block, "context"),
            block.path("citations").path("enabled").asBoolean(false),
            cache);
      }
      case "tool_use":
        return new ToolUseBlock(
            block.path("id").asText(""),
            block.path("name").asText(""),
            block.hasNonNull("input") ? block.get("input") : NODES.objectNode(),
            cache);
      case "tool_result":
        return new ToolResultBlock(
            block.path("tool_use_id").asText(""),
            readContent(block.path("content")),
            block.path("is_error").asBoolean(false),
            cache);
      case "thinking":
        return new ThinkingBlock(block.path("thinking").asText(""), block.path("signature").asText(""));
      case "redacted_thinking":
        return new RedactedThinkingBlock(block.path("data").asText(""));
      default:
        return new UnknownBlock(block);
    }
  }

  private static List<ObjectNode> readCitations(JsonNode json) {
    if (!json.isArray()) {
      return List.of();
    }
    List<ObjectNode> citations = new ArrayList<>(json.size());
    for (JsonNode citation : json) {
      if (citation.isObject()) {
        citations.add((ObjectNode) citation);
      }
    }
    return citations;
  }

  private static @Nullable Image readImageSource(JsonNode source) {
    switch (source.path("type").asText("")) {
      case "base64":
        return new Image.Base64Image(source.path("media_type").asText(""), source.path("data").asText(""));
      case "url":
        return new Image.UrlImage(source.path("url").asText(""));
      default:
        return null;
    }
  }

  private static @Nullable Document readDocumentSource(JsonNode source) {
    switch (source.path("type").asText("")) {
      case "base64":
        return new Document.Base64Pdf(source.path("data").asText(""));
      case "text":
        return new Document.PlainText(source.path("data").asText(""));
      case "url":
        return new Document.UrlPdf(source.path("url").asText(""));
      case "content":
        return new Document.Content(readContent(source.path("content")));
      default:
        return null;
    }
  }

  private static @Nullable CacheControl readCacheControl(JsonNode json) {
    if (!json.isObject()) {
      return null;
    }
    return new CacheControl(json.path("type").asText("ephemeral"), textOrNull(json, "ttl"));
  }

  /** A model of {@code GET /v1/models}. */
  public static ModelInfo readModel(JsonNode json) {
    Instant created;
    try {
      created = Instant.parse(json.path("created_at").asText("1970-01-01T00:00:00Z"));
    } catch (DateTimeParseException e) {
      created = Instant.EPOCH;
    }
    return new ModelInfo(
        json.path("id").asText(""),
        json.path("display_name").asText(""),
        created,
        json.path("max_input_tokens").isIntegralNumber() ? json.get("max_input_tokens").asLong() : null,
        json.path("max_tokens").isIntegralNumber() ? json.get("max_tokens").asLong() : null,
        json.isObject() ? (ObjectNode) json : NODES.objectNode());
  }

  /** A page of {@code GET /v1/models}. */
  public static ModelPage readModelPage(JsonNode json) {
    List<ModelInfo> models = new ArrayList<>();
    for (JsonNode model : json.path("data")) {
      models.add(readModel(model));
    }
    return new ModelPage(
        models, json.path("has_more").asBoolean(false), textOrNull(json, "first_id"), textOrNull(json, "last_id"));
  }

  /** {@code text}, cut to {@code max} characters with an ellipsis, for messages. */
  public static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static @Nullable String textOrNull(JsonNode json, String field) {
    JsonNode value = json.path(field);
    return value.isTextual() ? value.asText() : null;
  }
}
