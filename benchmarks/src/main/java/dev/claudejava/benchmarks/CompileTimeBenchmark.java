package dev.claudejava.benchmarks;

import dev.claudejava.processor.ClaudeProcessor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compile time of 500 {@code @Tool} methods in 50 classes (records, enums, lists, optionals, java.time
 * values among their parameters), with the processor and with plain javac ({@code -proc:none}) on
 * the same sources, in process, after warm-up runs; prints the medians and their ratio.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.claudejava.benchmarks.CompileTimeBenchmark}
 */
public final class CompileTimeBenchmark {

  private static final int CLASSES = 50;
  private static final int TOOLS_PER_CLASS = 10;

  private CompileTimeBenchmark() {}

  public static void main(String[] args) throws IOException {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<JavaFileObject> sources = sources();
    Path out = Files.createTempDirectory("claude-java-compile-bench");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("java.class.path");

    List<JavaFileObject> sourcesAndGenerated = new ArrayList<>(sources);
    Path generated = Files.createTempDirectory(out, "generated");
    compile(javac, sources, out, classpath, true, generated);
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null);
        Stream<Path> walk = Files.walk(generated)) {
      walk.filter(p -> p.toString().endsWith(".java"))
          .forEach(p -> files.getJavaFileObjects(p.toFile()).forEach(sourcesAndGenerated::add));
    }

    for (int i = 0; i < warmups; i++) {
      compile(javac, sources, out, classpath, true, null);
      compile(javac, sources, out, classpath, false, null);
      compile(javac, sourcesAndGenerated, out, classpath, false, null);
    }
    long[] withProcessor = new long[runs];
    long[] plain = new long[runs];
    long[] generatedToo = new long[runs];
    for (int i = 0; i < runs; i++) {
      withProcessor[i] = compile(javac, sources, out, classpath, true, null);
      plain[i] = compile(javac, sources, out, classpath, false, null);
      generatedToo[i] = compile(javac, sourcesAndGenerated, out, classpath, false, null);
    }
    double processed = median(withProcessor) / 1e6;
    double javacOnly = median(plain) / 1e6;
    double withGenerated = median(generatedToo) / 1e6;
    System.out.printf(Locale.ROOT, "%d @Tool methods in %d classes, median of %d runs after %d warm-ups:%n",
        CLASSES * TOOLS_PER_CLASS, CLASSES, runs, warmups);
    System.out.printf(Locale.ROOT, "  javac with claude-processor: %8.1f ms%n", processed);
    System.out.printf(Locale.ROOT, "  plain javac (-proc:none):    %8.1f ms%n", javacOnly);
    System.out.printf(Locale.ROOT, "  ratio:                       %8.2f x%n", processed / javacOnly);
    System.out.printf(Locale.ROOT, "  of which: compiling the %d generated tool sets (sources and generated code,"
        + " -proc:none: %.1f ms) and the processor's own work (%.1f ms)%n", CLASSES, withGenerated,
        processed - withGenerated);
  }

  private static long compile(JavaCompiler javac, List<JavaFileObject> sources, Path out, String classpath,
      boolean process, Path keepGenerated) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Path classes = Files.createTempDirectory(out, "classes");
      Path generated = keepGenerated != null ? keepGenerated : Files.createTempDirectory(out, "generated");
      List<String> options = new ArrayList<>(Arrays.asList("-d", classes.toString(), "-s", generated.toString(),
          "-cp", classpath, "--release", "17"));
      if (!process) {
        options.add("-proc:none");
      }
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, sources);
      if (process) {
        task.setProcessors(List.<Processor>of(new ClaudeProcessor()));
      }
      long start = System.nanoTime();
      boolean ok = task.call();
      long elapsed = System.nanoTime() - start;
      if (!ok) {
        throw new IllegalStateException("the benchmark's sources did not compile: " + diagnostics.getDiagnostics());
      }
      return elapsed;
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
  }

  /** 50 tool classes of 10 tools each, every one documented, with realistic parameter types. */
  static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int c = 0; c < CLASSES; c++) {
      StringBuilder source = new StringBuilder();
      source.append("package bench;\n\n")
          .append("import dev.claudejava.annotations.Tool;\n")
          .append("import java.time.LocalDate;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.Optional;\n\n")
          .append("/** Tools of area ").append(c).append(". */\n")
          .append("public class Tools").append(c).append(" {\n\n")
          .append("  /** A priority. */\n  public enum Priority { LOW, MEDIUM, HIGH }\n\n")
          .append("  /**\n   * An item.\n   *\n   * @param name the item's name\n   * @param quantity how many\n")
          .append("   * @param due when it is due\n   */\n")
          .append("  public record Item(String name, int quantity, Optional<LocalDate> due) {}\n\n");
      for (int t = 0; t < TOOLS_PER_CLASS; t++) {
        source.append("  /**\n   * Tool ").append(t).append(" of area ").append(c).append(".\n   *\n")
            .append("   * @param query what to look for\n   * @param items the items\n")
            .append("   * @param priority how urgent\n   * @param limits limits by name\n   */\n")
            .append("  @Tool\n  public String tool").append(t)
            .append("(String query, List<Item> items, Optional<Priority> priority, Map<String, Double> limits) {\n")
            .append("    return query + items.size();\n  }\n\n");
      }
      source.append("}\n");
      String name = "bench/Tools" + c + ".java";
      String text = source.toString();
      sources.add(new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return text;
        }
      });
    }
    return sources;
  }
}
