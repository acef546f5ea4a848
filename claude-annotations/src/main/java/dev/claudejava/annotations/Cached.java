package dev.claudejava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an image or document parameter of an agent method as a prompt-cache breakpoint: a large
 * document sent with many questions is then read from the cache after the first call. A request may
 * carry at most four breakpoints in all; the processor counts them at compile time.
 *
 * <pre>{@code
 * String ask(@Cached Document handbook, String question);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Cached {}
