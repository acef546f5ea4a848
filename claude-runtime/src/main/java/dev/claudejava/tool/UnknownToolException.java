package dev.claudejava.tool;

import dev.claudejava.client.ClaudeException;
import java.util.List;

/** The model called a tool that does not exist. The engine answers it with an error naming the tools that do. */
public class UnknownToolException extends ClaudeException {

  private final String name;
  private final List<String> known;

  public UnknownToolException(String name, List<String> known) {
    super("no tool is named '" + name + "'; the tools are " + String.join(", ", known));
    this.name = name;
    this.known = List.copyOf(known);
  }

  /** The name the model used. */
  public String name() {
    return name;
  }

  /** The names of the tools that exist. */
  public List<String> known() {
    return known;
  }
}
