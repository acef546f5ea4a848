package dev.claudejava.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected generated text, compared exactly. Run the tests with
 * {@code -Dgoldens.update=true} to rewrite them from what the processor generates now, then review
 * the diff before committing it.
 */
final class Goldens {

  private static final Path DIR = Path.of(System.getProperty("goldens.dir", "src/test/resources/goldens"));
  private static final boolean UPDATE = Boolean.getBoolean("goldens.update");

  private Goldens() {}

  static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(Files.exists(file)).as("golden file %s exists (create it with -Dgoldens.update=true)", file).isTrue();
      assertThat(actual).as("generated text vs golden file %s (-Dgoldens.update=true rewrites it)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
