package dev.claudejava.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * An image for the model to see: the {@code source} of an {@link ImageBlock}, either inline bytes
 * (base64) or a URL that the API fetches. Supported media types: {@code image/jpeg},
 * {@code image/png}, {@code image/gif}, {@code image/webp}.
 */
public sealed interface Image permits Image.Base64Image, Image.UrlImage {

  /**
   * An image sent inline.
   *
   * @param mediaType for example {@code "image/png"}
   * @param data the image bytes, base64-encoded
   */
  record Base64Image(String mediaType, String data) implements Image {
    public Base64Image {
      Objects.requireNonNull(mediaType, "mediaType");
      Objects.requireNonNull(data, "data");
    }

    @Override
    public String toString() {
      return "Base64Image[mediaType=" + mediaType + ", " + data.length() + " base64 chars]";
    }
  }

  /**
   * An image the API fetches from a URL.
   *
   * @param url an absolute {@code http(s)} URL
   */
  record UrlImage(String url) implements Image {
    public UrlImage {
      Objects.requireNonNull(url, "url");
    }
  }

  /** An image from its bytes and media type. */
  static Image of(byte[] bytes, String mediaType) {
    return new Base64Image(mediaType, Base64.getEncoder().encodeToString(bytes));
  }

  /** An image from base64 text and its media type. */
  static Image base64(String mediaType, String base64Data) {
    return new Base64Image(mediaType, base64Data);
  }

  /** An image the API fetches from {@code url}. */
  static Image url(String url) {
    return new UrlImage(url);
  }

  /**
   * An image read from a file; the media type follows the file's extension ({@code .jpg},
   * {@code .jpeg}, {@code .png}, {@code .gif}, {@code .webp}).
   *
   * @throws IllegalArgumentException for another extension
   * @throws UncheckedIOException when the file cannot be read
   */
  static Image fromPath(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    String mediaType;
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      mediaType = "image/jpeg";
    } else if (name.endsWith(".png")) {
      mediaType = "image/png";
    } else if (name.endsWith(".gif")) {
      mediaType = "image/gif";
    } else if (name.endsWith(".webp")) {
      mediaType = "image/webp";
    } else {
      throw new IllegalArgumentException(
          "cannot tell the media type of " + path + "; use a .jpg, .jpeg, .png, .gif or .webp file,"
              + " or Image.of(bytes, mediaType)");
    }
    try {
      return of(Files.readAllBytes(path), mediaType);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read image " + path, e);
    }
  }

  /** This image as a content block. */
  default ImageBlock toBlock() {
    return new ImageBlock(this, null);
  }
}
