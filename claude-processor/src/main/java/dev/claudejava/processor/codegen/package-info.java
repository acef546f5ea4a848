/** The writers of generated classes (JavaPoet, shaded into the processor jar). */
package dev.claudejava.processor.codegen;
