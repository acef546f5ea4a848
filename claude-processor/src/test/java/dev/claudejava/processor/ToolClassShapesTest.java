package dev.claudejava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.claudejava.internal.Wire;
import dev.claudejava.tool.ToolSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every shape of class that may hold tools compiles to a tool set without a warning, and the tool
 * set calls the right instance: interfaces' default methods, generic classes, inner classes, enums,
 * and parameters whose names the generated code also needs.
 */
class ToolClassShapesTest {

  private static ToolSet toolSet(ClassLoader loader, String toolSet, Object target) throws Exception {
    return (ToolSet) loader.loadClass(toolSet).getConstructors()[0].newInstance(target);
  }

  private static String call(ToolSet tools, String name, String input) throws Exception {
    return tools.invoke(name, Wire.parse(input)).text();
  }

  @Test
  void interfaceDefaultMethodsAreToolsOfTheInstance() throws Exception {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Tools",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "public interface Tools {",
        "  String greeting();",
        "  /** Greets. */ @Tool default String greet(String name) { return greeting() + \", \" + name; }",
        "  static Tools of(String greeting) { return () -> greeting; }",
        "}");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(compilation);
    Object target = loader.loadClass("test.Tools").getMethod("of", String.class).invoke(null, "Hello");
    ToolSet tools = toolSet(loader, "test.ToolsToolSet", target);
    assertThat(call(tools, "greet", "{\"name\":\"Ada\"}")).isEqualTo("Hello, Ada");
  }

  @Test
  void aGenericClassIsHeldWhateverItsTypeArguments() throws Exception {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Box",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "public class Box<T> {",
        "  private final T content;",
        "  public Box(T content) { this.content = content; }",
        "  /** What the box holds. */ @Tool public String peek() { return String.valueOf(content); }",
        "  /** The content itself. */ @Tool public T take() { return content; }",
        "}");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(compilation);
    Object box = loader.loadClass("test.Box").getConstructors()[0].newInstance(42);
    ToolSet tools = toolSet(loader, "test.BoxToolSet", box);
    assertThat(call(tools, "peek", "{}")).isEqualTo("42");
    assertThat(call(tools, "take", "{}")).isEqualTo("42");
  }

  @Test
  void anInnerClassOfAGenericClassIsReachable() throws Exception {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Shelf",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "public class Shelf<T> {",
        "  final String label;",
        "  public Shelf(String label) { this.label = label; }",
        "  public class Slot {",
        "    /** The shelf's label. */ @Tool public String label() { return label; }",
        "  }",
        "}");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(compilation);
    Class<?> shelfClass = loader.loadClass("test.Shelf");
    Object shelf = shelfClass.getConstructors()[0].newInstance("top");
    Object slot = loader.loadClass("test.Shelf$Slot").getConstructors()[0].newInstance(shelf);
    ToolSet tools = toolSet(loader, "test.Shelf_SlotToolSet", slot);
    assertThat(call(tools, "label", "{}")).isEqualTo("top");
  }

  @Test
  void anEnumConstantCanHoldTools() throws Exception {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Clock",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "public enum Clock {",
        "  UTC;",
        "  /** The zone. */ @Tool public String zone() { return name(); }",
        "}");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(compilation);
    Object utc = loader.loadClass("test.Clock").getEnumConstants()[0];
    assertThat(call(toolSet(loader, "test.ClockToolSet", utc), "zone", "{}")).isEqualTo("UTC");
  }

  @Test
  void parametersMayBeNamedLikeWhatTheGeneratedCodeUses() throws Exception {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Names",
        "package test;",
        "import dev.claudejava.annotations.Tool;",
        "public class Names {",
        "  /** Joins. */",
        "  @Tool public String join(String in, String target, String name, String input, String in2) {",
        "    return in + target + name + input + in2;",
        "  }",
        "}");
    Compilation compilation = Compiler.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(compilation);
    Object names = loader.loadClass("test.Names").getConstructors()[0].newInstance();
    assertThat(call(toolSet(loader, "test.NamesToolSet", names), "join",
        "{\"in\":\"a\",\"target\":\"b\",\"name\":\"c\",\"input\":\"d\",\"in2\":\"e\"}")).isEqualTo("abcde");
  }
}
