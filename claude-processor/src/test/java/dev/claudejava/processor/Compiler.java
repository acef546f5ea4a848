package dev.claudejava.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles sources with the processor, as a user's build would, and loads what it produced. */
final class Compiler {

  private Compiler() {}

  /** Compiles {@code sources} with the processor and every lint warning. */
  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new ClaudeProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-parameters")
        .compile(sources);
  }

  /** A class loader over the class files {@code compilation} produced (generated and compiled sources). */
  static ClassLoader load(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
          .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(Compiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }

      /** The class files too, as a class loader over a directory or a jar serves them. */
      @Override
      public InputStream getResourceAsStream(String resource) {
        byte[] bytes = resource.endsWith(".class")
            ? classes.get(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'))
            : null;
        return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(resource);
      }
    };
  }
}
