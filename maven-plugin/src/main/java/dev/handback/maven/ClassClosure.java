package dev.handback.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * The classes of one class output directory that some root classes need, found by reading their
 * bytecode: every type named in signatures, generic signatures, annotations, constants, method
 * bodies and inner-class tables, transitively, as long as it lies in the directory.
 */
public final class ClassClosure {
  private final Path classesDirectory;

  /** A closure over the {@code .class} files under {@code classesDirectory}. */
  public ClassClosure(Path classesDirectory) {
    this.classesDirectory = classesDirectory;
  }

  /**
   * What the closure of some roots holds.
   *
   * @param inside internal names of the needed classes in the directory, sorted
   * @param outside internal names of the needed classes found elsewhere (JDK, dependencies), sorted
   */
  public record Result(Set<String> inside, Set<String> outside) {}

  /** The closure of {@code roots}, given as internal names such as {@code com/example/Foo}. */
  public Result of(Set<String> roots) {
    Set<String> inside = new TreeSet<>();
    Set<String> outside = new TreeSet<>();
    Deque<String> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (inside.contains(name) || outside.contains(name)) {
        continue;
      }
      Path file = classFile(name);
      if (!Files.isRegularFile(file)) {
        outside.add(name);
        continue;
      }
      inside.add(name);
      for (String referenced : referencedBy(file)) {
        if (!inside.contains(referenced) && !outside.contains(referenced)) {
          pending.push(referenced);
        }
      }
    }
    return new Result(inside, outside);
  }

  /** The {@code .class} file of the internal name {@code name}. */
  public Path classFile(String name) {
    return classesDirectory.resolve(name + ".class");
  }

  private static Set<String> referencedBy(Path file) {
    Set<String> names = new TreeSet<>();
    Remapper collector =
        new Remapper(Opcodes.ASM9) {
          @Override
          public String map(String internalName) {
            names.add(internalName);
            return internalName;
          }
        };
    try (InputStream in = Files.newInputStream(file)) {
      ClassReader reader = new ClassReader(in);
      reader.accept(new ClassRemapper(new ClassVisitor(Opcodes.ASM9) {}, collector), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return names;
  }
}
