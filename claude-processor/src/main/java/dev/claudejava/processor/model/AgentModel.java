package dev.claudejava.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * An agent interface, ready to generate: its settings, tool classes and methods.
 *
 * @param type the {@code @ClaudeAgent} interface
 * @param packageName its package
 * @param generatedName the simple name of the implementation, {@code ClaudeWeatherAgent}
 * @param settings the agent-wide request settings
 * @param toolClasses the tool classes the builder asks for, in the order listed
 * @param ownToolSet the name of the tool set of the interface's own {@code @Tool} default methods, or null
 * @param methods the methods to implement, in declaration order
 */
public record AgentModel(TypeElement type, String packageName, String generatedName, Settings settings,
    List<ToolClass> toolClasses, String ownToolSet, List<Method> methods) {

  public AgentModel {
    toolClasses = List.copyOf(toolClasses);
    methods = List.copyOf(methods);
  }

  /**
   * The agent-wide settings of every request.
   *
   * @param model the model id
   * @param system the system prompt (may hold {@code {placeholders}}; empty for none)
   * @param cacheSystem whether the tools and system prompt carry cache breakpoints
   * @param cacheConversation whether requests carry a top-level cache breakpoint
   * @param maxTokens max_tokens
   * @param thinking the {@code Thinking} constant's name
   * @param effort the {@code Effort} constant's name
   * @param maxToolRounds the engine's limit
   * @param stopSequences custom stop sequences
   * @param temperature sampling temperature, or null
   * @param topP nucleus sampling, or null
   * @param topK top-k sampling, or null
   */
  public record Settings(String model, String system, boolean cacheSystem, boolean cacheConversation, int maxTokens,
      String thinking, String effort, int maxToolRounds, List<String> stopSequences, Double temperature, Double topP,
      Integer topK) {

    public Settings {
      stopSequences = List.copyOf(stopSequences);
    }
  }

  /**
   * A tool class the agent's builder asks an instance of.
   *
   * @param type the class
   * @param toolSet the qualified name of its generated tool set
   * @param builderMethod the builder step's method, {@code weatherTools}
   */
  public record ToolClass(TypeElement type, String toolSet, String builderMethod) {}

  /**
   * One method to implement.
   *
   * @param element the interface method
   * @param type its type as a member of the agent interface (type arguments of super-interfaces resolved)
   * @param returns what it returns
   * @param async whether it returns a {@code CompletableFuture} of that
   * @param structuredType the type a structured reply is read into, or null
   * @param structuredSchema the JSON schema of the structured reply, or null
   * @param wrapped whether the schema wraps the value as {@code {"value": ...}}
   * @param message how the user's text is made
   * @param media the image and document parameters, in order
   * @param conversation the {@code Conversation} parameter, or null
   * @param system the method's system prompt (the agent's, or its own), as template parts
   * @param maxTokens the method's max_tokens, or {@code -1} for the agent's
   * @param effort the method's {@code Effort} constant's name, or {@code DEFAULT} for the agent's
   */
  public record Method(ExecutableElement element, ExecutableType type, Returns returns, boolean async,
      TypeMirror structuredType,
      String structuredSchema, boolean wrapped, List<Part> message, List<Media> media, VariableElement conversation,
      List<Part> system, int maxTokens, String effort) {

    public Method {
      message = List.copyOf(message);
      media = List.copyOf(media);
      system = List.copyOf(system);
    }

    /** Whether the system prompt is filled in per call. */
    public boolean systemIsTemplated() {
      return system.stream().anyMatch(p -> p.parameter() != null);
    }
  }

  /** What an agent method returns. */
  public enum Returns {
    /** The final reply's text. */
    TEXT,
    /** The final {@code Message}. */
    MESSAGE,
    /** The engine's {@code AgentResult}. */
    RESULT,
    /** An {@code AgentStream}. */
    STREAM,
    /** A structured reply read into a Java type. */
    STRUCTURED,
    /** The {@code TokenCount} of the request the method would send. */
    TOKEN_COUNT
  }

  /**
   * A piece of a template: literal text, or a parameter's value.
   *
   * @param text the literal text (when {@code parameter} is null)
   * @param parameter the parameter whose value goes here, or null
   */
  public record Part(String text, VariableElement parameter) {}

  /**
   * An image or document parameter.
   *
   * @param parameter the parameter
   * @param kind what it holds
   * @param list whether it is a list of them
   * @param cached whether it is a cache breakpoint ({@code @Cached})
   */
  public record Media(VariableElement parameter, MediaKind kind, boolean list, boolean cached) {}

  /** The kind of a media parameter. */
  public enum MediaKind {
    IMAGE,
    DOCUMENT,
    BLOCK
  }
}
