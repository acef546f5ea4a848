package dev.claudejava.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Makes Jackson read a record the way the JSON schema of the record describes it: every component
 * is required and not null, except an {@code Optional} (or {@code OptionalInt}, ...) and one
 * annotated {@code @Nullable} (any annotation of that simple name visible at run time, on the
 * component or on its type). Without this, Jackson fills a missing component with null (or 0), and
 * a tool would receive a value the schema promised could not happen.
 */
public final class RequiredRecordComponents extends JacksonAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  @Override
  public @Nullable Boolean hasRequiredMarker(AnnotatedMember member) {
    Boolean marked = super.hasRequiredMarker(member);
    if (Boolean.TRUE.equals(marked) || !isRecordComponent(member)) {
      return marked;
    }
    return !mayBeAbsent(member);
  }

  @Override
  public JsonSetter.Value findSetterInfo(Annotated annotated) {
    JsonSetter.Value setter = super.findSetterInfo(annotated);
    if (annotated instanceof AnnotatedMember member && isRecordComponent(member) && !mayBeAbsent(member)
        && setter.getValueNulls() == Nulls.DEFAULT) {
      return setter.withValueNulls(Nulls.FAIL);
    }
    return setter;
  }

  private static boolean isRecordComponent(AnnotatedMember member) {
    return member.getDeclaringClass().isRecord()
        && (member instanceof AnnotatedParameter || member instanceof AnnotatedField
            || member instanceof AnnotatedMethod);
  }

  private static boolean mayBeAbsent(AnnotatedMember member) {
    Class<?> type = member.getRawType();
    if (type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
        || type == OptionalDouble.class) {
      return true;
    }
    RecordComponent[] components = member.getDeclaringClass().getRecordComponents();
    if (member instanceof AnnotatedParameter parameter
        && parameter.getOwner().getAnnotated() instanceof Executable executable) {
      Parameter reflected = executable.getParameters()[parameter.getIndex()];
      boolean canonical = executable.getParameterCount() == components.length;
      return nullable(reflected.getAnnotations()) || nullable(reflected.getAnnotatedType())
          || (canonical && nullable(components[parameter.getIndex()]));
    }
    for (RecordComponent component : components) {
      if (component.getName().equals(member.getName())) {
        return nullable(component) || nullable(member.getAnnotated().getAnnotations())
            || (member instanceof AnnotatedField field && nullable(field.getAnnotated().getAnnotatedType()))
            || (member instanceof AnnotatedMethod method && nullable(method.getAnnotated().getAnnotatedReturnType()));
      }
    }
    return false;
  }

  private static boolean nullable(RecordComponent component) {
    return nullable(component.getAnnotations()) || nullable(component.getAnnotatedType());
  }

  private static boolean nullable(AnnotatedType type) {
    return nullable(type.getAnnotations());
  }

  private static boolean nullable(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
