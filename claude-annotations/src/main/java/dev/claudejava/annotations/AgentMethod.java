package dev.claudejava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings of one agent method that override the agent's ({@link ClaudeAgent}).
 *
 * <pre>{@code
 * @AgentMethod(system = "You write haiku.", maxTokens = 200, effort = Effort.LOW)
 * String haiku(String topic);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AgentMethod {

  /**
   * The system prompt of this method's requests, in place of the agent's; empty keeps the agent's.
   * Like {@link UserMessage}, it may name the method's parameters as {@code {placeholders}}.
   */
  String system() default "";

  /** The most tokens a reply may have; {@link ClaudeAgent#UNSET} keeps the agent's. */
  int maxTokens() default ClaudeAgent.UNSET;

  /** The effort; {@link Effort#DEFAULT} keeps the agent's. */
  Effort effort() default Effort.DEFAULT;
}
