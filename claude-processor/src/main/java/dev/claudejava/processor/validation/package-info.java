/** The catalog of diagnostics and the report that collects them for one subject. */
package dev.claudejava.processor.validation;
