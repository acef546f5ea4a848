/**
 * Tools at run time: the {@link dev.claudejava.tool.ToolSet} contract that generated tool classes
 * implement (definitions plus dispatch), the {@link dev.claudejava.tool.ToolResult} a call returns,
 * and {@link dev.claudejava.tool.ToolInput}, which decodes the model's JSON arguments into Java types
 * with precise messages when they do not fit.
 */
@NullMarked
package dev.claudejava.tool;

import org.jspecify.annotations.NullMarked;
