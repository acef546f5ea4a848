package dev.claudejava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.tool.ReflectiveToolSet;
import dev.claudejava.tool.ToolSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Our compile-time tool definitions beside the run-time {@link ReflectiveToolSet}'s (built with
 * victools) for the same class: the same tools in the same order, the same schemas to the byte,
 * except the descriptions that come from Javadoc, which does not exist at run time.
 *
 * <p>This test found real differences: an enum constant renamed by {@code @JsonProperty}
 * ({@code PLANE} read as {@code "plane"}), which victools listed under its Java name, a value
 * Jackson then rejects; an {@code Optional} record component typed {@code ["string", "null"]}; an
 * {@code OptionalInt} component described as an object; tools and record components sorted by name.
 */
class SchemaDifferentialTest {

  /** The descriptions {@code @Param} gives in {@link Sources#TRAVEL_TOOLS}, which both sides write. */
  private static final Set<String> PARAM_DESCRIPTIONS = Set.of("the currency, ISO 4217", "trip id");

  @Test
  void theReflectiveToolSetWritesTheDefinitionsWeGenerateButForJavadoc() throws Exception {
    Compilation compilation = Compiler.compile(Sources.TRAVEL_TOOLS);
    assertThat(compilation).succeeded();
    ClassLoader loader = Compiler.load(compilation);
    Object target = loader.loadClass("test.TravelTools").getDeclaredConstructor().newInstance();
    ToolSet generated = (ToolSet) loader.loadClass("test.TravelToolsToolSet").getConstructor(target.getClass())
        .newInstance(target);
    ToolSet reflective = ReflectiveToolSet.of(target);

    List<String> ours = withoutJavadoc(generated, PARAM_DESCRIPTIONS);
    List<String> theirs = withoutJavadoc(reflective, PARAM_DESCRIPTIONS);
    assertThat(theirs).containsExactlyElementsOf(ours);
  }

  /**
   * Each definition as its name and exact schema text, without the descriptions that came from
   * Javadoc: every description but those {@code @Param} gave ({@code kept}).
   */
  private static List<String> withoutJavadoc(ToolSet tools, Set<String> kept) {
    List<String> definitions = new ArrayList<>();
    for (ToolDefinition definition : tools.definitions()) {
      definitions.add(definition.name() + " " + definition.strict() + " "
          + withoutDescriptions(definition.inputSchema().deepCopy(), kept));
    }
    return definitions;
  }

  private static JsonNode withoutDescriptions(JsonNode node, Set<String> kept) {
    if (node instanceof ObjectNode object) {
      if (!kept.contains(object.path("description").asText())) {
        object.remove("description");
      }
      for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
        withoutDescriptions(children.next(), kept);
      }
    } else if (node.isArray()) {
      node.forEach(child -> withoutDescriptions(child, kept));
    }
    return node;
  }
}
