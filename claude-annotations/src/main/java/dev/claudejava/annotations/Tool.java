package dev.claudejava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as a tool that Claude may call.
 *
 * <pre>{@code
 * public class WeatherTools {
 *   /**
 *    * Get the current weather for a city.
 *    * @param city city name, e.g. "Paris"
 *    *\/
 *   @Tool
 *   public String getWeather(String city) { ... }
 * }
 * }</pre>
 *
 * <p>The annotation processor generates, for each class with {@code @Tool} methods, a tool set that
 * holds the definitions (name, description, JSON schema of the parameters) and calls the methods
 * directly. Parameter names come from the source; descriptions from {@link #description()} or the
 * method's Javadoc and its {@code @param} tags. The class must be reachable from its package: a
 * top-level class or interface (whose {@code default} methods may be tools), or a non-private nested
 * one. Static methods are not tools: a tool set calls the instance it is given. Annotation processing
 * does not see the methods of local and anonymous classes, so those get no tool set.
 *
 * <p>Retained at run time so that the reflective tool set can find tools in classes that were not
 * annotation-processed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

  /**
   * The tool's name on the wire; empty means the method name in snake_case ({@code getWeather} ->
   * {@code get_weather}). It must match {@code ^[a-zA-Z0-9_-]{1,64}$}.
   */
  String name() default "";

  /** What the tool does, for the model; empty means the method's Javadoc. */
  String description() default "";

  /**
   * Whether the API must guarantee that the model's input matches the schema ({@code "strict": true}).
   * A strict tool's parameter types must fit the API's structured-output schemas; the processor
   * checks that at compile time.
   */
  boolean strict() default false;
}
