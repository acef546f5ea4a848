package dev.claudejava.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A message template: literal text and {@code {name}} placeholders; {@code {{} and {@code }}} are
 * literal braces.
 *
 * @param parts the literal texts and placeholder names, in order
 */
public record Template(List<Piece> parts) {

  /**
   * A literal text or a placeholder.
   *
   * @param text the literal text, or the placeholder's name
   * @param placeholder whether this is a placeholder
   */
  public record Piece(String text, boolean placeholder) {}

  public Template {
    parts = List.copyOf(parts);
  }

  /**
   * Parses {@code template}.
   *
   * @throws IllegalArgumentException saying what is wrong, for a diagnostic
   */
  public static Template parse(String template) {
    List<Piece> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
        literal.append('{');
        i++;
      } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        literal.append('}');
        i++;
      } else if (c == '{') {
        int end = template.indexOf('}', i);
        if (end < 0) {
          throw new IllegalArgumentException("the '{' at position " + i + " is never closed");
        }
        String name = template.substring(i + 1, end);
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
          throw new IllegalArgumentException("{" + name + "} at position " + i + " is not a parameter name");
        }
        if (literal.length() > 0) {
          parts.add(new Piece(literal.toString(), false));
          literal.setLength(0);
        }
        parts.add(new Piece(name, true));
        i = end;
      } else if (c == '}') {
        throw new IllegalArgumentException("the '}' at position " + i + " closes nothing");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      parts.add(new Piece(literal.toString(), false));
    }
    return new Template(parts);
  }

  /** The placeholder names, in order. */
  public List<String> placeholders() {
    List<String> names = new ArrayList<>();
    for (Piece piece : parts) {
      if (piece.placeholder()) {
        names.add(piece.text());
      }
    }
    return names;
  }
}
