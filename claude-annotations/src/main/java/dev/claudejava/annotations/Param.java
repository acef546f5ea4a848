package dev.claudejava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a tool parameter or a record component for the model, or gives it another name on the
 * wire. Without it, the description comes from the {@code @param} tag of the method's (or record's)
 * Javadoc and the name from the source.
 *
 * <pre>{@code
 * @Tool
 * public String getWeather(@Param("city name, e.g. \"Paris\"") String city,
 *                          @Param(value = "temperature unit", name = "unit") Optional<Unit> temperatureUnit)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Param {

  /** The description the model reads; empty means the Javadoc {@code @param} tag. */
  String value() default "";

  /** The property's name in the JSON input; empty means the name in the source. */
  String name() default "";
}
