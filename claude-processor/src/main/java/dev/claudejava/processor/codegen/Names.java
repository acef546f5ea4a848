package dev.claudejava.processor.codegen;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, by name: the processor does not depend on the runtime. */
final class Names {

  static final ClassName TOOL_SET = ClassName.get("dev.claudejava.tool", "ToolSet");
  static final ClassName TOOL_RESULT = ClassName.get("dev.claudejava.tool", "ToolResult");
  static final ClassName TOOL_INPUT = ClassName.get("dev.claudejava.tool", "ToolInput");
  static final ClassName UNKNOWN_TOOL = ClassName.get("dev.claudejava.tool", "UnknownToolException");
  static final ClassName TOOL_DEFINITION = ClassName.get("dev.claudejava.model", "ToolDefinition");
  static final ClassName WIRE = ClassName.get("dev.claudejava.internal", "Wire");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  static final ClassName JAVA_TYPE = ClassName.get("com.fasterxml.jackson.databind", "JavaType");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName CLAUDE_GENERATED = ClassName.get("dev.claudejava.annotations", "ClaudeGenerated");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** The value of {@code @Generated} on every generated class. */
  static final String PROCESSOR = "dev.claudejava.processor.ClaudeProcessor";

  private Names() {}
}
