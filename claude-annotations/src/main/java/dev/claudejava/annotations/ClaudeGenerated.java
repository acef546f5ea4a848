package dev.claudejava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class the claude-java annotation processor generated, so that tools (coverage, static
 * analysis) can recognise and skip it. Kept in class files; not read at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ClaudeGenerated {

  /** The source element the class was generated from, for example {@code "com.acme.WeatherTools"}. */
  String value();
}
