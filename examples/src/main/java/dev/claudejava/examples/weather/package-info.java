/**
 * The main example: a weather agent declared as an interface, with tools, structured output and
 * streaming, run against Claude or, with no API key, against the local mock API.
 */
@NullMarked
package dev.claudejava.examples.weather;

import org.jspecify.annotations.NullMarked;
