package dev.claudejava.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * A Javadoc comment split into its description and its {@code @param} tags, as the processor reads
 * descriptions from it. Inline tags such as {@code {@code x}} and {@code {@link X}} keep their text.
 *
 * @param description the text before the first block tag, on one line
 * @param params each {@code @param} tag's text, by parameter name
 */
public record Javadoc(String description, Map<String, String> params) {

  private static final Javadoc NONE = new Javadoc("", Map.of());

  /** The Javadoc of {@code element}, or an empty one. */
  public static Javadoc of(Elements elements, Element element) {
    String comment = elements.getDocComment(element);
    return comment == null ? NONE : parse(comment);
  }

  /** Parses a doc comment's text (without the comment markers, as {@code Elements.getDocComment} gives it). */
  static Javadoc parse(String comment) {
    StringBuilder description = new StringBuilder();
    Map<String, String> params = new LinkedHashMap<>();
    String tag = null;
    String tagName = null;
    StringBuilder tagText = new StringBuilder();
    for (String rawLine : comment.split("\n", -1)) {
      String line = rawLine.strip();
      if (line.startsWith("@")) {
        if ("@param".equals(tag) && tagName != null) {
          params.put(tagName, clean(tagText));
        }
        String[] parts = line.split("\\s+", 3);
        tag = parts[0];
        tagName = parts.length > 1 ? parts[1] : null;
        tagText.setLength(0);
        if (parts.length > 2) {
          tagText.append(parts[2]);
        }
      } else if (tag == null) {
        description.append(line).append(' ');
      } else {
        tagText.append(' ').append(line);
      }
    }
    if ("@param".equals(tag) && tagName != null) {
      params.put(tagName, clean(tagText));
    }
    return new Javadoc(clean(description), params);
  }

  /** One line of text: inline tags unwrapped, HTML paragraph tags dropped, white space collapsed. */
  private static String clean(CharSequence text) {
    return text.toString()
        .replaceAll("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}", "$1")
        .replaceAll("</?p>", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
