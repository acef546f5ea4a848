package dev.claudejava.processor;

import com.google.auto.service.AutoService;
import dev.claudejava.processor.codegen.AgentWriter;
import dev.claudejava.processor.codegen.ToolSetWriter;
import dev.claudejava.processor.model.AgentModel;
import dev.claudejava.processor.model.AgentReader;
import dev.claudejava.processor.model.ToolSetModel;
import dev.claudejava.processor.model.ToolSetReader;
import dev.claudejava.processor.schema.SchemaFactory;
import dev.claudejava.processor.validation.Diagnostic;
import dev.claudejava.processor.validation.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * The claude-java annotation processor. For every class with {@code @Tool} methods it generates a
 * tool set; for every {@code @ClaudeAgent} interface, its implementation. Each subject goes through
 * read, validate, generate; nothing is generated for a subject with an error, and every error of a
 * build is reported in that build, on the element it concerns.
 *
 * <p>A subject that refers to a type not generated yet is retried in the next round, and reported
 * only if it still does not resolve in the last. The processor never claims its annotations.
 */
@AutoService(Processor.class)
public final class ClaudeProcessor extends AbstractProcessor {

  private final Set<String> deferredToolClasses = new LinkedHashSet<>();
  private final Set<String> doneToolClasses = new LinkedHashSet<>();
  private final Set<String> generatedToolSets = new LinkedHashSet<>();
  private final Set<String> deferredAgents = new LinkedHashSet<>();
  private final Set<String> doneAgents = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ToolSetReader.TOOL, AgentReader.CLAUDE_AGENT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    Set<String> toolClasses = new LinkedHashSet<>(deferredToolClasses);
    deferredToolClasses.clear();
    Set<String> agents = new LinkedHashSet<>(deferredAgents);
    deferredAgents.clear();
    TypeElement tool = elements.getTypeElement(ToolSetReader.TOOL);
    if (tool != null) {
      for (Element method : round.getElementsAnnotatedWith(tool)) {
        Element owner = method.getEnclosingElement();
        if (owner.getKind().isClass() || owner.getKind().isInterface()) {
          toolClasses.add(((TypeElement) owner).getQualifiedName().toString());
        }
      }
    }
    TypeElement agent = elements.getTypeElement(AgentReader.CLAUDE_AGENT);
    if (agent != null) {
      for (Element type : round.getElementsAnnotatedWith(agent)) {
        if (type instanceof TypeElement typeElement) {
          agents.add(typeElement.getQualifiedName().toString());
        }
      }
    }
    for (String name : toolClasses) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null || !doneToolClasses.add(name)) {
        continue;
      }
      if (ToolSetReader.refersToUnresolvedTypes(type) && !round.processingOver()) {
        doneToolClasses.remove(name);
        deferredToolClasses.add(name);
        continue;
      }
      guarded(type, () -> generateToolSet(type));
    }
    for (String name : agents) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null || !doneAgents.add(name)) {
        continue;
      }
      boolean waitsForToolSets = AgentReader.toolClasses(type).stream()
          .anyMatch(t -> deferredToolClasses.contains(t.getQualifiedName().toString()));
      if ((waitsForToolSets || AgentReader.refersToUnresolvedTypes(type, elements)) && !round.processingOver()) {
        doneAgents.remove(name);
        deferredAgents.add(name);
        continue;
      }
      guarded(type, () -> generateAgent(type));
    }
    return false;
  }

  private void generateAgent(TypeElement type) throws IOException {
    Report report = new Report();
    Elements elements = processingEnv.getElementUtils();
    AgentModel model = new AgentReader(processingEnv, new SchemaFactory(processingEnv)).read(type,
        toolClass -> doneToolClasses.contains(toolClass.getQualifiedName().toString())
            || elements.getTypeElement(elements.getPackageOf(toolClass).getQualifiedName() + "."
                + ToolSetReader.generatedName(toolClass)) != null,
        report);
    report.print(processingEnv.getMessager());
    boolean toolSetsMissing = model.toolClasses().stream()
        .map(t -> t.type().getQualifiedName().toString())
        .anyMatch(t -> doneToolClasses.contains(t) && !generatedToolSets.contains(t));
    if (!report.hasErrors() && !toolSetsMissing) {
      new AgentWriter(elements, processingEnv.getTypeUtils()).write(model).writeTo(processingEnv.getFiler());
    }
  }

  private void generateToolSet(TypeElement type) throws IOException {
    Report report = new Report();
    ToolSetModel model = new ToolSetReader(processingEnv, new SchemaFactory(processingEnv)).read(type, report);
    report.print(processingEnv.getMessager());
    if (!report.hasErrors()) {
      new ToolSetWriter(processingEnv.getElementUtils(), processingEnv.getTypeUtils())
          .write(model)
          .writeTo(processingEnv.getFiler());
      generatedToolSets.add(type.getQualifiedName().toString());
    }
  }

  /** Runs one subject's work; an unexpected exception is reported once, on the subject, as our bug. */
  private void guarded(TypeElement subject, Work work) {
    try {
      work.run();
    } catch (Exception | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Kind.ERROR,
          Diagnostic.PROCESSOR_BUG.format(subject.getQualifiedName(), trace), subject);
    }
  }

  /** A subject's work, which may fail. */
  private interface Work {
    void run() throws Exception;
  }
}
