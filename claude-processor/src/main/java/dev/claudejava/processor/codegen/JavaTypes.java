package dev.claudejava.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Code that builds the Jackson {@code JavaType} of a Java type, with {@code ToolInput.type(...)}. */
final class JavaTypes {

  private JavaTypes() {}

  /** {@code ToolInput.type(List.class, ToolInput.type(Stop.class))} for {@code List<Stop>}. */
  static CodeBlock expression(TypeMirror type, Types types) {
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      if (!hasTypeArguments(component)) {
        return CodeBlock.of("$T.type($T.class)", Names.TOOL_INPUT, TypeName.get(types.erasure(type)).withoutAnnotations());
      }
      return CodeBlock.of("$T.arrayOf($L)", Names.TOOL_INPUT, expression(component, types));
    }
    if (type.getKind().isPrimitive()) {
      return CodeBlock.of("$T.type($T.class)", Names.TOOL_INPUT, TypeName.get(type).withoutAnnotations().box());
    }
    TypeName raw = TypeName.get(types.erasure(type)).withoutAnnotations();
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(CodeBlock.of("$T.class", raw));
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        arguments.add(expression(argument, types));
      }
    }
    return CodeBlock.of("$T.type($L)", Names.TOOL_INPUT, CodeBlock.join(arguments, ", "));
  }

  /**
   * {@code type} with a wildcard for each of its type parameters, and for its enclosing type's when it
   * is an inner class: {@code Outer<?>.Inner<?>}. A generated class holds an instance of any
   * parameterization this way, where a type variable would not resolve and a raw type would warn.
   */
  static TypeMirror withWildcards(TypeElement type, Types types) {
    TypeMirror[] wildcards = new TypeMirror[type.getTypeParameters().size()];
    Arrays.fill(wildcards, types.getWildcardType(null, null));
    Element enclosing = type.getEnclosingElement();
    boolean inner = type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
        && enclosing.getKind().isClass();
    if (inner) {
      DeclaredType outer = (DeclaredType) withWildcards((TypeElement) enclosing, types);
      return types.getDeclaredType(outer, type, wildcards);
    }
    return types.getDeclaredType(type, wildcards);
  }

  /** Whether {@code type} is a parameterized type (its erasure loses information Jackson needs). */
  static boolean hasTypeArguments(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty();
  }
}
