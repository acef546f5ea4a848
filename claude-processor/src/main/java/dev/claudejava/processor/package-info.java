/**
 * The claude-java annotation processor: {@link dev.claudejava.processor.ClaudeProcessor}. Packages:
 * {@code model} reads elements into plain data, {@code validation} holds the diagnostics and the
 * report that collects them, {@code schema} builds JSON schemas from types, {@code codegen} writes
 * the generated classes.
 */
package dev.claudejava.processor;
