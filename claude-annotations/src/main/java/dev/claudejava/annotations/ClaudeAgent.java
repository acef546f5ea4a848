package dev.claudejava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Claude agent. The annotation processor checks the interface at compile time and
 * generates {@code Claude<Name>}: its implementation, with a builder that demands an instance of
 * every class in {@link #tools()}.
 *
 * <pre>{@code
 * @ClaudeAgent(model = "claude-opus-4-8",
 *              system = "You are a terse weather assistant.",
 *              tools = WeatherTools.class)
 * public interface WeatherAgent {
 *   String ask(String question);
 * }
 *
 * WeatherAgent agent = ClaudeWeatherAgent.builder()
 *     .client(ClaudeClient.fromEnv())
 *     .weatherTools(new WeatherTools())
 *     .build();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ClaudeAgent {

  /** The value of a numeric attribute that is not set: nothing is sent for it. */
  int UNSET = -1;

  /** The model id, for example {@code "claude-opus-4-8"}. */
  String model();

  /** The system prompt; empty means none. */
  String system() default "";

  /**
   * Marks the system prompt (and the tool definitions before it) as a prompt-cache breakpoint,
   * {@code cache_control: {"type": "ephemeral"}}, so later calls read it from the cache.
   */
  boolean cacheSystem() default false;

  /**
   * Also caches the conversation: a top-level {@code cache_control}, which the API puts on the last
   * block of each request, so that every round of a long exchange reads the turns before it from the
   * cache.
   */
  boolean cacheConversation() default false;

  /** The most tokens a reply may have ({@code max_tokens}, always sent). */
  int maxTokens() default 4096;

  /** Whether the model thinks before it answers. */
  Thinking thinking() default Thinking.OFF;

  /**
   * A fixed thinking budget, which the API no longer accepts ({@code budget_tokens} is gone: thinking
   * is adaptive). Kept so that code written for it fails to compile with a message that says what to
   * write instead: {@code thinking = Thinking.ADAPTIVE} and an {@link #effort()}.
   *
   * @deprecated use {@link #thinking()} {@code = Thinking.ADAPTIVE} with {@link #effort()}
   */
  @Deprecated
  int thinkingBudgetTokens() default UNSET;

  /** The effort the model spends; {@link Effort#DEFAULT} sends none. */
  Effort effort() default Effort.DEFAULT;

  /** The classes whose {@link Tool} methods the agent may call; the builder asks for an instance of each. */
  Class<?>[] tools() default {};

  /** The most tool rounds one call may take before it fails. */
  int maxToolRounds() default 20;

  /** Custom sequences that stop generation. */
  String[] stopSequences() default {};

  /**
   * Sampling temperature, 0 to 1; negative means not sent. Models of the Opus 4.8 family reject it,
   * and the processor says so at compile time.
   */
  double temperature() default UNSET;

  /** Nucleus sampling, 0 to 1; negative means not sent. Rejected by the Opus 4.8 family, like {@link #temperature()}. */
  double topP() default UNSET;

  /** Top-k sampling; negative means not sent. Rejected by the Opus 4.8 family, like {@link #temperature()}. */
  int topK() default UNSET;
}
