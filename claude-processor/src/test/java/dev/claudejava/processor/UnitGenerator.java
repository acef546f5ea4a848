package dev.claudejava.processor;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Another processor, which generates {@code test.Unit} (an enum) in the first round when it sees
 * {@code @test.gen.GenerateUnit}: sources that use {@code Unit} do not resolve until the second round.
 */
@SupportedAnnotationTypes("test.gen.GenerateUnit")
final class UnitGenerator extends AbstractProcessor {

  /** The annotation that triggers it; compile it with the sources. */
  static final JavaFileObject ANNOTATION = JavaFileObjects.forSourceLines("test.gen.GenerateUnit",
      "package test.gen;",
      "public @interface GenerateUnit {}");

  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!done && !annotations.isEmpty()) {
      done = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("test.Unit").openWriter()) {
        out.write("package test; public enum Unit { CELSIUS, FAHRENHEIT }");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
