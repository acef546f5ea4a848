package dev.claudejava.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document for the model to read: the {@code source} of a {@link DocumentBlock}. A PDF (inline or
 * by URL), plain text, or content blocks.
 */
public sealed interface Document
    permits Document.Base64Pdf, Document.PlainText, Document.UrlPdf, Document.Content {

  /**
   * A PDF sent inline, {@code {"type": "base64", "media_type": "application/pdf", "data": ...}}.
   *
   * @param data the PDF bytes, base64-encoded
   */
  record Base64Pdf(String data) implements Document {
    public Base64Pdf {
      Objects.requireNonNull(data, "data");
    }

    @Override
    public String toString() {
      return "Base64Pdf[" + data.length() + " base64 chars]";
    }
  }

  /**
   * Plain text, {@code {"type": "text", "media_type": "text/plain", "data": ...}}.
   *
   * @param data the text
   */
  record PlainText(String data) implements Document {
    public PlainText {
      Objects.requireNonNull(data, "data");
    }
  }

  /**
   * A PDF the API fetches, {@code {"type": "url", "url": ...}}.
   *
   * @param url an absolute {@code http(s)} URL
   */
  record UrlPdf(String url) implements Document {
    public UrlPdf {
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * A document made of content blocks (text and images), {@code {"type": "content", "content": [...]}}.
   *
   * @param content the blocks
   */
  record Content(List<ContentBlock> content) implements Document {
    public Content {
      content = List.copyOf(content);
    }
  }

  /** A PDF from its bytes. */
  static Document pdf(byte[] bytes) {
    return new Base64Pdf(Base64.getEncoder().encodeToString(bytes));
  }

  /** A PDF from base64 text. */
  static Document pdfBase64(String base64Data) {
    return new Base64Pdf(base64Data);
  }

  /** A plain-text document. */
  static Document text(String text) {
    return new PlainText(text);
  }

  /** A PDF the API fetches from {@code url}. */
  static Document url(String url) {
    return new UrlPdf(url);
  }

  /**
   * A document read from a file: {@code .pdf} as a PDF; {@code .txt}, {@code .md}, {@code .csv} and
   * other text as UTF-8 plain text.
   *
   * @throws IllegalArgumentException for an extension that is neither PDF nor text
   * @throws UncheckedIOException when the file cannot be read
   */
  static Document fromPath(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".pdf")) {
        return pdf(Files.readAllBytes(path));
      }
      if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".csv")
          || name.endsWith(".json") || name.endsWith(".xml") || name.endsWith(".html")) {
        return text(Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + path, e);
    }
    throw new IllegalArgumentException(
        "cannot tell whether " + path + " is a PDF or text; use a .pdf, .txt, .md, .csv, .json, .xml"
            + " or .html file, or Document.pdf(bytes) / Document.text(string)");
  }

  /** This document as a content block. */
  default DocumentBlock toBlock() {
    return new DocumentBlock(this, null, null, false, null);
  }
}
