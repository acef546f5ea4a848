package dev.claudejava.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through their mirrors, by name: the processor never loads the annotation
 * classes it reads (Jackson's, validation's, any {@code Nullable}), and reads {@code Class}-valued
 * members as types.
 */
public final class Annotations {

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether an annotation whose simple name is {@code simpleName} is on {@code element} or on its {@code type}. */
  public static boolean hasSimpleName(Element element, TypeMirror type, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (simpleName(mirror).equals(simpleName)) {
        return true;
      }
    }
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (simpleName(mirror).equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The annotation's qualified type name. */
  public static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The annotation's simple type name. */
  public static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The value of member {@code name}, the default filled in. */
  public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(name(mirror) + " has no member " + name);
  }

  /** The value of member {@code name} only where the source writes it (null where it is the default). */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A String member's value. */
  public static String string(Elements elements, AnnotationMirror mirror, String name) {
    return (String) value(elements, mirror, name).getValue();
  }

  /** An array member's values. */
  @SuppressWarnings("unchecked")
  public static List<? extends AnnotationValue> list(Elements elements, AnnotationMirror mirror, String name) {
    Object value = value(elements, mirror, name).getValue();
    return value instanceof List ? (List<? extends AnnotationValue>) value : List.of(value(elements, mirror, name));
  }
}
