package dev.claudejava.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Everything wrong with one subject (a tool class, an agent interface), collected rather than
 * thrown, so that a user sees every mistake in one build. Each problem points at the exact element,
 * and where it is an annotation's value, at that value, so that the IDE underlines the right token.
 * Nothing is generated for a subject whose report has an error.
 */
public final class Report {

  /** One problem, where it is. */
  public record Problem(Diagnostic diagnostic, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {}

  private final List<Problem> problems = new ArrayList<>();

  /** Reports {@code diagnostic} on {@code element}. */
  public void report(Diagnostic diagnostic, Element element, Object... arguments) {
    problems.add(new Problem(diagnostic, diagnostic.format(arguments), element, null, null));
  }

  /** Reports {@code diagnostic} on an annotation's value (or, when {@code value} is null, on the annotation). */
  public void report(Diagnostic diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value,
      Object... arguments) {
    problems.add(new Problem(diagnostic, diagnostic.format(arguments), element, annotation, value));
  }

  /** Adds another report's problems, for a member's report nested in its type's. */
  public void addAll(Report other) {
    problems.addAll(other.problems);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.diagnostic().kind() == Kind.ERROR);
  }

  /** The problems, in the order found. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Prints every problem through {@code messager}. */
  public void print(Messager messager) {
    for (Problem problem : problems) {
      if (problem.annotation() == null) {
        messager.printMessage(problem.diagnostic().kind(), problem.message(), problem.element());
      } else if (problem.value() == null) {
        messager.printMessage(problem.diagnostic().kind(), problem.message(), problem.element(), problem.annotation());
      } else {
        messager.printMessage(problem.diagnostic().kind(), problem.message(), problem.element(), problem.annotation(),
            problem.value());
      }
    }
  }
}
