package dev.claudejava.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import dev.claudejava.annotations.Param;
import dev.claudejava.internal.Wire;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Input schemas built at run time with victools' jsonschema-generator, shaped as the annotation
 * processor shapes them: properties in declaration order, optional values left out of
 * {@code required} (never typed as {@code null}), every object closed, a type used twice defined
 * once under {@code $defs}. The only class that refers to victools, so that {@link ReflectiveToolSet}
 * can say what to add before any of it is loaded.
 */
final class VictoolsSchemas {

  private static final SchemaGenerator GENERATOR = generator();

  /** Declaration orders by class, read once (a ClassValue, so that a class can still be unloaded). */
  private static final ClassValue<DeclarationOrder> ORDERS = new ClassValue<>() {
    @Override
    protected DeclarationOrder computeValue(Class<?> type) {
      return DeclarationOrder.of(type);
    }
  };

  private VictoolsSchemas() {}

  /** The input schema of a tool that takes {@code parameters}. */
  static ObjectNode inputSchema(List<ReflectiveToolSet.ToolParameter> parameters) {
    SchemaBuilder builder = GENERATOR.buildMultipleSchemaDefinitions();
    ObjectNode schema = Wire.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = Wire.objectNode().arrayNode();
    List<ObjectNode> references = new ArrayList<>();
    for (ReflectiveToolSet.ToolParameter parameter : parameters) {
      ObjectNode property = builder.createSchemaReference(parameter.schemaType());
      references.add(property);
      properties.set(parameter.wireName(), property);
      if (!parameter.isOptional()) {
        required.add(parameter.wireName());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    ObjectNode definitions = builder.collectDefinitions("$defs");
    if (!definitions.isEmpty()) {
      schema.set("$defs", definitions);
    }
    // descriptions last, after collectDefinitions has filled in the references
    for (int i = 0; i < parameters.size(); i++) {
      String description = parameters.get(i).description();
      if (description != null) {
        references.get(i).put("description", description);
      }
    }
    processorShape(schema);
    return schema;
  }

  private static SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
        Wire.MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_OPTIONALS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.STANDARD_FORMATS, Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    config.forTypesInGeneral()
        .withCustomDefinitionProvider((type, context) -> {
          Class<?> erased = type.getErasedType();
          if (erased == OptionalInt.class || erased == OptionalLong.class) {
            return new CustomDefinition(Wire.objectNode().put("type", "integer"));
          }
          if (erased == OptionalDouble.class) {
            return new CustomDefinition(Wire.objectNode().put("type", "number"));
          }
          if (!erased.isEnum()) {
            return null;
          }
          // enum constants by the names Jackson reads (a @JsonProperty name where there is one)
          ObjectNode schema = Wire.objectNode().put("type", "string");
          ArrayNode values = schema.putArray("enum");
          for (Object constant : erased.getEnumConstants()) {
            values.add(ToolInput.MAPPER.convertValue(constant, String.class));
          }
          return new CustomDefinition(schema);
        })
        .withPropertySorter(Comparator.comparingInt(VictoolsSchemas::declarationIndex));
    config.forFields()
        .withRequiredCheck(field -> !ReflectiveToolSet.isOptionalType(field.getType().getErasedType())
            && !ReflectiveToolSet.isNullable(field.getRawMember(), field.getRawMember().getAnnotatedType()))
        .withDescriptionResolver(field -> description(field));
    return new SchemaGenerator(config.build());
  }

  private static @Nullable String description(FieldScope field) {
    Param param = field.getAnnotationConsideringFieldAndGetter(Param.class);
    return param == null || param.value().isEmpty() ? null : param.value();
  }

  /** Where a property is declared: a record's component order, else its class file's field order. */
  private static int declarationIndex(MemberScope<?, ?> property) {
    Member member = property.getRawMember();
    Class<?> owner = member.getDeclaringClass();
    if (owner.isRecord()) {
      RecordComponent[] components = owner.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (components[i].getName().equals(member.getName())) {
          return i;
        }
      }
    }
    if (member instanceof Field) {
      int index = ORDERS.get(owner).field(member.getName());
      if (index >= 0) {
        return index;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Writes what victools differs on as the processor writes it: no {@code null} type for
   * {@code Optional} and nullable properties (they are optional by being left out of
   * {@code required}), and the type property of a sealed interface's record (the only {@code const}
   * property) first, in {@code properties} and in {@code required}.
   */
  private static void processorShape(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.get("type") instanceof ArrayNode types) {
        for (Iterator<JsonNode> type = types.elements(); type.hasNext(); ) {
          if (type.next().asText().equals("null")) {
            type.remove();
          }
        }
        if (types.size() == 1) {
          object.set("type", types.get(0));
        }
      }
      if (object.get("anyOf") instanceof ArrayNode options) {
        for (Iterator<JsonNode> option = options.elements(); option.hasNext(); ) {
          JsonNode next = option.next();
          if (next.size() == 1 && next.path("type").asText().equals("null")) {
            option.remove();
          }
        }
        if (options.size() == 1 && options.get(0) instanceof ObjectNode only) {
          object.remove("anyOf");
          ObjectNode rest = object.deepCopy();
          object.removeAll();
          object.setAll(only);
          object.setAll(rest);
        }
      }
      if (object.get("properties") instanceof ObjectNode properties) {
        typePropertyFirst(properties, object.get("required"));
      }
      object.elements().forEachRemaining(VictoolsSchemas::processorShape);
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(VictoolsSchemas::processorShape);
    }
  }

  private static void typePropertyFirst(ObjectNode properties, @Nullable JsonNode required) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (properties.get(name).has("const") && !names.get(0).equals(name)) {
        ObjectNode rest = properties.deepCopy();
        rest.remove(name);
        JsonNode type = properties.get(name);
        properties.removeAll();
        properties.set(name, type);
        properties.setAll(rest);
        if (required instanceof ArrayNode list) {
          List<JsonNode> others = new ArrayList<>();
          list.forEach(entry -> {
            if (!entry.asText().equals(name)) {
              others.add(entry);
            }
          });
          list.removeAll();
          list.add(name);
          list.addAll(others);
        }
        return;
      }
    }
  }
}
