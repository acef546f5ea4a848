package dev.claudejava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The user turn of an agent method, as a template whose {@code {placeholders}} name the method's
 * parameters. The processor checks both ways at compile time: every placeholder has a parameter and
 * every parameter (other than images, documents and the conversation) is used.
 *
 * <pre>{@code
 * @UserMessage("Give a one-line forecast for {city}.")
 * String forecast(String city);
 * }</pre>
 *
 * <p>{@code {{} and {@code }}} stand for literal braces.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UserMessage {

  /** The template of the user turn. */
  String value();
}
