package dev.claudejava.tool;

import dev.claudejava.client.ClaudeException;
import org.jspecify.annotations.Nullable;

/**
 * The model's input does not fit the tool's parameters. The message names the path and what was
 * wrong, for the model to read: {@code city: expected a string, got 42}.
 */
public class ToolInputException extends ClaudeException {

  public ToolInputException(String message) {
    super(message);
  }

  public ToolInputException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
