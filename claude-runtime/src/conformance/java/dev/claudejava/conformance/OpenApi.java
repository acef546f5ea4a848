package dev.claudejava.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.claudejava.internal.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The API's OpenAPI description (from which the official SDKs are generated), read from
 * {@code ../shared/conformance}, and validation of JSON against its component schemas.
 * {@link #available()} is empty where that folder is absent (a user's clone).
 *
 * <p>Requests are checked against the description as it is. Replies are checked leniently: the
 * description lists nullable fields, and fields with a default, as {@code required}, while real
 * replies omit them (the recordings show it), so for replies such fields are dropped from every
 * {@code required} list. Nothing else is relaxed.
 */
public final class OpenApi {

  /** The ids the two documents are registered under (they are read from disk, never fetched). */
  private static final String STRICT_ID = "https://openapi.conformance.test/anthropic.json";
  private static final String LENIENT_ID = "https://openapi.conformance.test/anthropic-replies.json";

  private static final Optional<OpenApi> INSTANCE = load();

  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private OpenApi(String document) {
    String lenient = relaxNullableRequired(Wire.parse(document)).toString();
    this.registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(Map.of(STRICT_ID, document, LENIENT_ID, lenient)));
  }

  /** The folder that holds the API's contract, as the build configures it. */
  public static Path conformanceDir() {
    return Path.of(System.getProperty("claude.conformance.dir", "../../shared/conformance"));
  }

  /** The description, when the conformance folder is present. */
  public static Optional<OpenApi> available() {
    return INSTANCE;
  }

  private static Optional<OpenApi> load() {
    Path document = conformanceDir().resolve("anthropic-openapi.json");
    if (!Files.isRegularFile(document)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new OpenApi(Files.readString(document)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of a request body against {@code #/components/schemas/<component>}; empty when it conforms. */
  public List<String> problems(String component, String json) {
    return validate(STRICT_ID, component, json);
  }

  /** The problems of a reply against {@code #/components/schemas/<component>}, leniently (see the class comment). */
  public List<String> replyProblems(String component, String json) {
    return validate(LENIENT_ID, component, json);
  }

  private List<String> validate(String document, String component, String json) {
    Schema schema = schemas.computeIfAbsent(document + "#" + component, key ->
        registry.getSchema(SchemaLocation.of(document + "#/components/schemas/" + component)));
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  private static JsonNode relaxNullableRequired(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode properties = object.path("properties");
      if (object.path("required").isArray() && properties.isObject()) {
        ArrayNode required = (ArrayNode) object.get("required");
        for (Iterator<JsonNode> it = required.iterator(); it.hasNext(); ) {
          JsonNode property = properties.path(it.next().asText());
          if (property.has("default") || isNullable(property)) {
            it.remove();
          }
        }
      }
      for (JsonNode child : object) {
        relaxNullableRequired(child);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        relaxNullableRequired(child);
      }
    }
    return node;
  }

  private static boolean isNullable(JsonNode property) {
    for (JsonNode option : property.path("anyOf")) {
      if ("null".equals(option.path("type").asText())) {
        return true;
      }
    }
    return false;
  }
}
