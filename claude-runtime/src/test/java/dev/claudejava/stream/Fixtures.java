package dev.claudejava.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.conformance.OpenApi;
import dev.claudejava.internal.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The SSE transcripts of the official SDKs' test suites, from the conformance folder. */
final class Fixtures {

  private Fixtures() {}

  static Path dir() {
    Path dir = OpenApi.conformanceDir().resolve("fixtures");
    Assumptions.assumeTrue(Files.isDirectory(dir), "conformance fixtures " + dir + " are absent: skipped");
    return dir;
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(dir().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code *.sse} transcript at the top of the fixtures folder (skips the caller where it is absent). */
  static List<String> transcripts() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sse")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SSE bodies inside the JSON recordings (exchange lists whose response body is a string). */
  static List<byte[]> recordedJsonBodies(String name) {
    JsonNode exchanges = Wire.parse(bytes(name));
    List<byte[]> bodies = new ArrayList<>();
    for (JsonNode exchange : exchanges) {
      JsonNode body = exchange.path("response").path("body");
      if (body.isTextual() && body.asText().startsWith("event:")) {
        bodies.add(body.asText().getBytes(StandardCharsets.UTF_8));
      }
    }
    return bodies;
  }

  /**
   * The response bodies of a go-vcr cassette: each {@code body: |+} block scalar of a response,
   * unindented (YAML block scalars keep their lines verbatim after the indentation).
   */
  static List<byte[]> cassetteBodies(String name) {
    List<String> lines = new String(bytes(name), StandardCharsets.UTF_8).lines().toList();
    List<byte[]> bodies = new ArrayList<>();
    boolean inResponse = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.trim().equals("response:")) {
        inResponse = true;
      } else if (inResponse && line.trim().startsWith("body: |")) {
        int indent = line.indexOf("body:") + 2;
        StringBuilder body = new StringBuilder();
        int j = i + 1;
        for (; j < lines.size(); j++) {
          String next = lines.get(j);
          if (!next.isBlank() && (next.length() < indent || !next.substring(0, indent).isBlank())) {
            break;
          }
          body.append(next.length() >= indent ? next.substring(indent) : "").append('\n');
        }
        bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
        inResponse = false;
        i = j - 1;
      }
    }
    return bodies;
  }
}
