/** JSON schemas built from Java types at compile time, and their deterministic JSON form. */
package dev.claudejava.processor.schema;
