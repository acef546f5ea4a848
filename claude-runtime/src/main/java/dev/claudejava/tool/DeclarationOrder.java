package dev.claudejava.tool;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The order in which a class declares its fields and methods, read from its class file. Reflection
 * gives members in no specified order; javac writes them in source order, which is the order the
 * annotation processor sees. Reading it keeps {@link ReflectiveToolSet}'s tools and properties in the
 * processor's order, so that both produce the same request bytes.
 */
final class DeclarationOrder {

  /** A class whose class file is not available (defined at run time from bytes): no order is known. */
  static final DeclarationOrder UNKNOWN = new DeclarationOrder(List.of(), List.of());

  private final List<String> fields;
  private final List<String> methods;

  private DeclarationOrder(List<String> fields, List<String> methods) {
    this.fields = fields;
    this.methods = methods;
  }

  /** The order of {@code type}'s members, or {@link #UNKNOWN} when its class file cannot be read. */
  static DeclarationOrder of(Class<?> type) {
    String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      return in == null ? UNKNOWN : read(new DataInputStream(in));
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /** The position of the field {@code name}, or -1 when it is not known. */
  int field(String name) {
    return fields.indexOf(name);
  }

  /** The position of {@code method}, or -1 when it is not known. */
  int method(Method method) {
    return methods.indexOf(method.getName() + descriptor(method));
  }

  private static DeclarationOrder read(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      return UNKNOWN;
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    @Nullable String[] utf8 = new String[in.readUnsignedShort()];
    for (int i = 1; i < utf8.length; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++; // a long or a double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.skipNBytes(6); // access flags, this class, super class
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    List<String> fields = members(in, utf8, false);
    List<String> methods = members(in, utf8, true);
    return new DeclarationOrder(List.copyOf(fields), List.copyOf(methods));
  }

  private static List<String> members(DataInputStream in, @Nullable String[] utf8, boolean withDescriptor)
      throws IOException {
    int count = in.readUnsignedShort();
    List<String> members = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      in.skipNBytes(2); // access flags
      String name = utf8[in.readUnsignedShort()];
      String descriptor = utf8[in.readUnsignedShort()];
      members.add(withDescriptor ? name + descriptor : name);
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.skipNBytes(2);
        in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
      }
    }
    return members;
  }

  private static String descriptor(Method method) {
    StringBuilder descriptor = new StringBuilder("(");
    for (Class<?> parameter : method.getParameterTypes()) {
      descriptor.append(descriptor(parameter));
    }
    return descriptor.append(')').append(descriptor(method.getReturnType())).toString();
  }

  private static String descriptor(Class<?> type) {
    if (type.isArray()) {
      return type.getName().replace('.', '/');
    }
    if (!type.isPrimitive()) {
      return "L" + type.getName().replace('.', '/') + ";";
    }
    if (type == void.class) {
      return "V";
    }
    if (type == boolean.class) {
      return "Z";
    }
    if (type == long.class) {
      return "J";
    }
    return String.valueOf(Character.toUpperCase(type.getName().charAt(0)));
  }
}
