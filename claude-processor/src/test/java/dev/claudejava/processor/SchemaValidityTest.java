package dev.claudejava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.tool.ToolSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated schemas are valid JSON Schema 2020-12, and they agree with the decoder: input the
 * generated code accepts validates against the schema, and input of the wrong shape does not.
 */
class SchemaValidityTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, ToolDefinition> TOOLS = new LinkedHashMap<>();

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation = Compiler.compile(Sources.TRAVEL_TOOLS);
    assertThat(compilation).succeeded();
    ClassLoader loader = Compiler.load(compilation);
    Object target = loader.loadClass("test.TravelTools").getDeclaredConstructor().newInstance();
    ToolSet tools = (ToolSet) loader.loadClass("test.TravelToolsToolSet").getConstructor(target.getClass())
        .newInstance(target);
    tools.definitions().forEach(d -> TOOLS.put(d.name(), d));
  }

  private static Schema schema(String tool) {
    return REGISTRY.getSchema(TOOLS.get(tool).inputSchema().toString(), InputFormat.JSON);
  }

  @Test
  void everySchemaIsValidAgainstTheMetaschema() {
    // the metaschema ships inside the validator's jar: nothing is fetched
    Schema metaschema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    for (ToolDefinition tool : TOOLS.values()) {
      assertThat(metaschema.validate(tool.inputSchema().toString(), InputFormat.JSON)).as(tool.name()).isEmpty();
    }
  }

  @Test
  void inputTheDecoderAcceptsValidates() {
    assertThat(schema("plan_trip").validate("{\"stops\":[{\"city\":\"Rome\",\"nights\":2,\"arrival\":\"2026-05-01\"}],"
        + "\"home\":{\"city\":\"Bern\",\"nights\":0},\"mode\":\"plane\"}", InputFormat.JSON)).isEmpty();
    assertThat(schema("book").validate("{\"trip_id\":\"123e4567-e89b-12d3-a456-426614174000\",\"payment\":{\"kind\":"
        + "\"cash\",\"currency\":\"EUR\"},\"travellers\":[\"ana\"],\"budget\":1500.50,\"deadline\":"
        + "\"2026-12-01T10:00:00Z\",\"maxLayover\":\"PT2H\",\"seatRow\":\"F\",\"insurance\":true}", InputFormat.JSON))
        .isEmpty();
    assertThat(schema("rate").validate("{\"scores\":{\"paris\":[4,5]},\"ids\":[1,2]}", InputFormat.JSON)).isEmpty();
    assertThat(schema("ping").validate("{}", InputFormat.JSON)).isEmpty();
  }

  @Test
  void inputOfTheWrongShapeDoesNot() {
    assertThat(schema("plan_trip").validate("{\"stops\":[],\"home\":{\"city\":42,\"nights\":1}}", InputFormat.JSON))
        .isNotEmpty();
    assertThat(schema("plan_trip").validate("{\"stops\":[],\"home\":{\"city\":\"b\",\"nights\":1},\"mode\":\"PLANE\"}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(schema("plan_trip").validate("{\"stops\":[],\"home\":{\"city\":\"b\",\"nights\":1,\"x\":1}}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(schema("book").validate("{\"trip_id\":\"x\",\"payment\":{\"kind\":\"gold\"},\"travellers\":[],"
        + "\"budget\":1,\"deadline\":\"d\",\"maxLayover\":\"m\",\"seatRow\":\"F\",\"insurance\":true}", InputFormat.JSON))
        .isNotEmpty();
    assertThat(schema("ping").validate("{\"extra\":1}", InputFormat.JSON)).isNotEmpty();
  }
}
