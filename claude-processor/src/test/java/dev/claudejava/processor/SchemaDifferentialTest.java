package dev.claudejava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.tool.ReflectiveToolSet;
import dev.claudejava.tool.ToolSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our compile-time schemas beside victools' (which the run-time {@link ReflectiveToolSet} uses) for
 * the same types. Descriptions are left out of the comparison (Javadoc does not exist at run time),
 * and so is the order of {@code required} (not meaningful).
 *
 * <p>They differ in one place, and ours is the one we keep: an {@code Optional} record component.
 * victools writes {@code "type": ["string", "null"]} and leaves it out of {@code required}; ours
 * only leaves it out of {@code required}. Jackson reads null and absence alike for it, and a single
 * type is simpler for the model and for strict schemas.
 *
 * <p>This test found a real difference once: an enum constant renamed by {@code @JsonProperty}
 * ({@code PLANE} read as {@code "plane"}), which victools listed under its Java name, a value
 * Jackson then rejects. The reflective tool set now lists enum constants by Jackson's names.
 */
class SchemaDifferentialTest {

  @Test
  void ourSchemasMatchVictoolsOrDifferOnlyWhereDocumented() throws Exception {
    Compilation compilation = Compiler.compile(Sources.TRAVEL_TOOLS);
    assertThat(compilation).succeeded();
    ClassLoader loader = Compiler.load(compilation);
    Object target = loader.loadClass("test.TravelTools").getDeclaredConstructor().newInstance();
    ToolSet generated = (ToolSet) loader.loadClass("test.TravelToolsToolSet").getConstructor(target.getClass())
        .newInstance(target);
    ToolSet reflective = ReflectiveToolSet.of(target);

    Map<String, JsonNode> ours = schemas(generated);
    Map<String, JsonNode> theirs = schemas(reflective);
    assertThat(theirs.keySet()).containsExactlyInAnyOrderElementsOf(ours.keySet());

    for (String tool : ours.keySet()) {
      JsonNode mine = ours.get(tool);
      JsonNode victools = theirs.get(tool);
      if (tool.equals("plan_trip")) {
        ObjectNode arrival = (ObjectNode) victools.at("/$defs/Stop/properties/arrival");
        assertThat(arrival.get("type").toString()).isEqualTo("[\"string\",\"null\"]");
        arrival.put("type", "string");
      }
      assertThat(mine).as(tool).isEqualTo(victools);
    }
  }

  private static Map<String, JsonNode> schemas(ToolSet tools) {
    Map<String, JsonNode> schemas = new LinkedHashMap<>();
    for (ToolDefinition definition : tools.definitions()) {
      schemas.put(definition.name(), withoutDescriptions(definition.inputSchema().deepCopy()));
    }
    return schemas;
  }

  private static JsonNode withoutDescriptions(JsonNode node) {
    if (node.isObject()) {
      ((ObjectNode) node).remove("description");
      if (node.get("required") instanceof ArrayNode required) {
        List<String> names = new ArrayList<>();
        required.forEach(name -> names.add(name.asText()));
        names.sort(null);
        required.removeAll();
        names.forEach(required::add);
      }
      for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
        withoutDescriptions(children.next());
      }
    } else if (node.isArray()) {
      node.forEach(SchemaDifferentialTest::withoutDescriptions);
    }
    return node;
  }
}
