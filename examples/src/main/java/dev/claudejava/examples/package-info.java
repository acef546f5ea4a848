/** Runnable examples of claude-java. */
@NullMarked
package dev.claudejava.examples;

import org.jspecify.annotations.NullMarked;
