package dev.claudejava.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** A piece of a content block, carried by a {@link StreamEvent.ContentBlockDelta}. */
public sealed interface Delta {

  /** The delta's {@code type} as the API spells it. */
  String type();

  /**
   * More text of a text block.
   *
   * @param text the new text
   */
  record TextDelta(String text) implements Delta {
    public TextDelta {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
      return "text_delta";
    }
  }

  /**
   * More of a tool call's input, as JSON text. The pieces, concatenated, are the input; a piece on
   * its own is usually not valid JSON, and the first is often empty.
   *
   * @param partialJson the new JSON text
   */
  record InputJsonDelta(String partialJson) implements Delta {
    public InputJsonDelta {
      Objects.requireNonNull(partialJson, "partialJson");
    }

    @Override
    public String type() {
      return "input_json_delta";
    }
  }

  /**
   * More thinking text.
   *
   * @param thinking the new text
   */
  record ThinkingDelta(String thinking) implements Delta {
    public ThinkingDelta {
      Objects.requireNonNull(thinking, "thinking");
    }

    @Override
    public String type() {
      return "thinking_delta";
    }
  }

  /**
   * The signature of a thinking block, sent once before the block stops.
   *
   * @param signature the signature
   */
  record SignatureDelta(String signature) implements Delta {
    public SignatureDelta {
      Objects.requireNonNull(signature, "signature");
    }

    @Override
    public String type() {
      return "signature_delta";
    }
  }

  /**
   * A citation for the text block.
   *
   * @param citation the citation as the API sent it; treat it as read-only
   */
  record CitationsDelta(ObjectNode citation) implements Delta {
    public CitationsDelta {
      Objects.requireNonNull(citation, "citation");
    }

    @Override
    public String type() {
      return "citations_delta";
    }
  }

  /**
   * A delta of a type the library does not know, passed through.
   *
   * @param json the delta as the API sent it; treat it as read-only
   */
  record UnknownDelta(ObjectNode json) implements Delta {
    public UnknownDelta {
      Objects.requireNonNull(json, "json");
    }

    @Override
    public String type() {
      return json.path("type").asText("");
    }
  }
}
