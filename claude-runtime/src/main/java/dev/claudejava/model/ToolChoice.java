package dev.claudejava.model;

import java.util.Objects;

/** How the model may use the request's tools: {@code tool_choice}. */
public sealed interface ToolChoice
    permits ToolChoice.Auto, ToolChoice.Any, ToolChoice.Named, ToolChoice.None {

  /**
   * The model decides whether to call tools: {@code {"type": "auto"}}.
   *
   * @param disableParallelToolUse at most one tool call per turn
   */
  record Auto(boolean disableParallelToolUse) implements ToolChoice {}

  /**
   * The model must call some tool: {@code {"type": "any"}}.
   *
   * @param disableParallelToolUse exactly one tool call per turn
   */
  record Any(boolean disableParallelToolUse) implements ToolChoice {}

  /**
   * The model must call the named tool: {@code {"type": "tool", "name": ...}}.
   *
   * @param name the tool's name
   * @param disableParallelToolUse exactly one tool call per turn
   */
  record Named(String name, boolean disableParallelToolUse) implements ToolChoice {
    public Named {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The model may not call tools: {@code {"type": "none"}}. */
  record None() implements ToolChoice {}

  /** {@code {"type": "auto"}}. */
  static ToolChoice auto() {
    return new Auto(false);
  }

  /** {@code {"type": "any"}}. */
  static ToolChoice any() {
    return new Any(false);
  }

  /** {@code {"type": "tool", "name": name}}. */
  static ToolChoice tool(String name) {
    return new Named(name, false);
  }

  /** {@code {"type": "none"}}. */
  static ToolChoice none() {
    return new None();
  }
}
