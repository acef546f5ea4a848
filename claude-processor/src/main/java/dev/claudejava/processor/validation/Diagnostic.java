package dev.claudejava.processor.validation;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports, in one place. Each is phrased as the rule, the offending
 * value and what to write instead, and starts with a stable tag ({@code [ToolParamType]}) that tests
 * and documentation grep for.
 */
public enum Diagnostic {

  // ---- @Tool methods and their classes
  TOOL_NOT_PUBLIC(Kind.ERROR, "ToolNotPublic",
      "@Tool method %s is %s; the generated tool set calls it from outside the class: make it public"),
  TOOL_STATIC(Kind.ERROR, "ToolStatic",
      "@Tool method %s is static; tools are called on the instance given to the builder: make it an instance method"),
  TOOL_ABSTRACT(Kind.ERROR, "ToolAbstract",
      "@Tool method %s is abstract; a tool needs a body to run: implement it (on an interface, as a default method)"),
  TOOL_GENERIC(Kind.ERROR, "ToolGeneric",
      "@Tool method %s declares type parameters %s; a tool's schema needs concrete types: remove the type parameters"),
  TOOL_UNREACHABLE(Kind.ERROR, "ToolUnreachable",
      "%s cannot hold @Tool methods: it is %s, so the generated tool set cannot reach it; use a top-level class"
          + " or a non-private nested class"),
  TOOL_NAME(Kind.ERROR, "ToolName",
      "tool name '%s' of %s does not match ^[a-zA-Z0-9_-]{1,64}$; use letters, digits, '_' and '-', at most 64"),
  TOOL_DUPLICATE_NAME(Kind.ERROR, "ToolDuplicateName",
      "tool name '%s' of %s is also the name of %s; give one of them another name with @Tool(name = \"...\")"),
  TOOL_PARAM_TYPE(Kind.ERROR, "ToolParamType",
      "parameter '%s' of %s: %s"),
  TOOL_PARAM_NAME(Kind.ERROR, "ToolParamName",
      "parameter '%s' of %s is named '%s' on the wire, %s"),
  TOOL_RETURN_TYPE(Kind.ERROR, "ToolReturnType",
      "%s returns %s, which %s; return a String, a record or other JSON-mappable value, a ToolResult, or void"),
  TOOL_STRICT(Kind.ERROR, "ToolStrict",
      "parameter '%s' of strict tool %s: %s; change the type, or drop strict = true"),
  TOOL_NO_DESCRIPTION(Kind.WARNING, "ToolNoDescription",
      "%s has no description; the model chooses tools by their descriptions: add a Javadoc comment or"
          + " @Tool(description = \"...\")"),
  TOOL_DOUBLE_WRAP(Kind.WARNING, "ToolDoubleWrap",
      "parameter '%s' of %s is a %s whose only component is also named '%s'; the model tends to send"
          + " {\"%s\": {\"%s\": ...}} wrongly: name the parameter after the record, or pass the component directly"),

  // ---- @ClaudeAgent interfaces
  AGENT_NOT_INTERFACE(Kind.ERROR, "AgentNotInterface",
      "@ClaudeAgent %s is %s; the processor implements an interface: declare it as an interface"),
  AGENT_GENERIC(Kind.ERROR, "AgentGeneric",
      "@ClaudeAgent %s declares type parameters %s; an agent's requests are fixed at compile time: remove them"),
  AGENT_UNREACHABLE(Kind.ERROR, "AgentUnreachable",
      "@ClaudeAgent %s is %s, so the generated class cannot implement it; make it a top-level or a non-private"
          + " static nested interface"),
  AGENT_METHOD_GENERIC(Kind.ERROR, "AgentMethodGeneric",
      "agent method %s declares type parameters %s; its request and reply types are fixed at compile time:"
          + " remove them"),
  AGENT_PARAM_TYPE(Kind.ERROR, "AgentParamType",
      "parameter '%s' of agent method %s has type %s; an agent method takes a String (the user message), values"
          + " named in its @UserMessage template, Image, Document or ImageBlock/DocumentBlock, and a Conversation"),
  AGENT_NO_MESSAGE(Kind.ERROR, "AgentNoMessage",
      "agent method %s has no user message: %s; take one String parameter, or write @UserMessage(\"...\")"),
  AGENT_AMBIGUOUS_MESSAGE(Kind.ERROR, "AgentAmbiguousMessage",
      "agent method %s has %d String parameters (%s) and no @UserMessage; say which is the message:"
          + " @UserMessage(\"{%s}\"), or a template naming each"),
  AGENT_PLACEHOLDER(Kind.ERROR, "AgentPlaceholder",
      "@UserMessage of %s names {%s}, which is not a parameter; the parameters are %s"),
  AGENT_UNUSED_PARAM(Kind.ERROR, "AgentUnusedParam",
      "parameter '%s' of %s is not used in its @UserMessage template; add {%s} to the template, or remove it"),
  AGENT_TEMPLATE(Kind.ERROR, "AgentTemplate",
      "@UserMessage of %s is not a valid template: %s; write {name} for a parameter, {{ and }} for braces"),
  AGENT_TWO_CONVERSATIONS(Kind.ERROR, "AgentTwoConversations",
      "agent method %s takes %d Conversation parameters; take at most one"),
  AGENT_RETURN_TYPE(Kind.ERROR, "AgentReturnType",
      "agent method %s returns %s: %s"),
  AGENT_MAX_TOKENS(Kind.ERROR, "AgentMaxTokens",
      "maxTokens %d is above %s's output limit of %d; lower it to %d or less"),
  AGENT_MIN_TOKENS(Kind.ERROR, "AgentMaxTokens",
      "maxTokens %d must be at least 1; the API needs room for a reply"),
  AGENT_SAMPLING(Kind.ERROR, "AgentSampling",
      "%s = %s on %s: the Opus 4.8 family answers temperature, top_p and top_k with 400 invalid_request_error;"
          + " remove it (steer the model with effort instead)"),
  AGENT_SAMPLING_RANGE(Kind.ERROR, "AgentSampling",
      "%s = %s is outside the range the API accepts (%s); use a value in it, or leave it unset"),
  AGENT_THINKING_BUDGET(Kind.ERROR, "AgentThinkingBudget",
      "%s sets a thinking token budget (%s); the API removed budget_tokens: thinking is adaptive only, use"
          + " thinking = Thinking.ADAPTIVE with effort = Effort.HIGH (or another level)"),
  AGENT_UNKNOWN_MODEL(Kind.WARNING, "AgentUnknownModel",
      "model '%s' is not one this version of claude-java knows (%s); did you mean '%s'? If it is a new model,"
          + " ignore this warning"),
  AGENT_CACHE_TOO_SHORT(Kind.WARNING, "AgentCacheTooShort",
      "cacheSystem = true, but the cacheable prefix (system prompt and tools) is about %d tokens, far below"
          + " %s's minimum of %d; below it the API silently caches nothing: drop cacheSystem or cache a longer prefix"),
  AGENT_CACHED_PLACEHOLDER(Kind.WARNING, "AgentCachedPlaceholder",
      "the cached system prompt contains %s; if you fill it in per call, each value is its own cache entry:"
          + " put variable text in the user message instead"),
  AGENT_TOOL_CLASS(Kind.ERROR, "AgentToolClass",
      "tools = %s: %s has no @Tool methods; remove it from tools, or mark its tool methods with @Tool"),
  AGENT_NO_TOOL_SET(Kind.ERROR, "AgentToolClass",
      "tools = %s: it has @Tool methods but no generated tool set %s; compile it with claude-processor on the"
          + " annotation processor path"),
  AGENT_DUPLICATE_TOOL(Kind.ERROR, "AgentDuplicateTool",
      "tool '%s' is defined by both %s and %s; an agent's tools need distinct names: rename one with"
          + " @Tool(name = \"...\")"),
  AGENT_DUPLICATE_TOOL_CLASS(Kind.ERROR, "AgentDuplicateTool",
      "tools lists %s twice; list each tool class once"),
  AGENT_CACHE_BREAKPOINTS(Kind.ERROR, "AgentCacheBreakpoints",
      "%s would send %d cache_control breakpoints; the API allows at most 4: cache fewer parts"),
  AGENT_STOP_SEQUENCE(Kind.ERROR, "AgentStopSequence",
      "stop sequence %s is %s; use a non-blank sequence that is not whitespace only"),
  AGENT_MAX_TOOL_ROUNDS(Kind.ERROR, "AgentMaxToolRounds",
      "maxToolRounds %d must be 0 or more"),

  // ---- the processor itself
  PROCESSOR_BUG(Kind.ERROR, "ProcessorBug",
      "claude-java's processor failed on %s; this is a bug in the processor, please report it with this"
          + " trace:%n%s");

  private final Kind kind;
  private final String tag;
  private final String format;

  Diagnostic(Kind kind, String tag, String format) {
    this.kind = kind;
    this.tag = tag;
    this.format = format;
  }

  /** Error or warning. */
  public Kind kind() {
    return kind;
  }

  /** The stable tag, without brackets. */
  public String tag() {
    return tag;
  }

  /** The full message for {@code arguments}: {@code [Tag] text}. */
  public String format(Object... arguments) {
    return "[" + tag + "] " + String.format(format, arguments);
  }
}
