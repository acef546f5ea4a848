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
  static final ClassName CLAUDE_CLIENT = ClassName.get("dev.claudejava.client", "ClaudeClient");
  static final ClassName REQUEST_OPTIONS = ClassName.get("dev.claudejava.client", "RequestOptions");
  static final ClassName AGENT_ENGINE = ClassName.get("dev.claudejava.agent", "AgentEngine");
  static final ClassName AGENT_LISTENER = ClassName.get("dev.claudejava.agent", "AgentListener");
  static final ClassName TOOL_FAULT_POLICY = ClassName.get("dev.claudejava.agent", "ToolFaultPolicy");
  static final ClassName AGENT_RESULT = ClassName.get("dev.claudejava.agent", "AgentResult");
  static final ClassName RUN_OPTIONS = ClassName.get("dev.claudejava.agent", "RunOptions");
  static final ClassName STRUCTURED_OUTPUT = ClassName.get("dev.claudejava.agent", "StructuredOutput");
  static final ClassName AGENT_SUPPORT = ClassName.get("dev.claudejava.internal", "AgentSupport");
  static final ClassName MESSAGE_REQUEST = ClassName.get("dev.claudejava.model", "MessageRequest");
  static final ClassName MESSAGE_PARAM = ClassName.get("dev.claudejava.model", "MessageParam");
  static final ClassName CACHE_CONTROL = ClassName.get("dev.claudejava.model", "CacheControl");
  static final ClassName THINKING_CONFIG = ClassName.get("dev.claudejava.model", "ThinkingConfig");
  static final ClassName OUTPUT_CONFIG = ClassName.get("dev.claudejava.model", "OutputConfig");
  static final ClassName EFFORT = ClassName.get("dev.claudejava.annotations", "Effort");
  static final ClassName CLAUDE_GENERATED = ClassName.get("dev.claudejava.annotations", "ClaudeGenerated");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** The value of {@code @Generated} on every generated class. */
  static final String PROCESSOR = "dev.claudejava.processor.ClaudeProcessor";

  private Names() {}
}
