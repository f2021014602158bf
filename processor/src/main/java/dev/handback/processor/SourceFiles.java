package dev.handback.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Which source file declares a type, where the compiler can tell: javac can, through its tree API;
 * another compiler may not, and then nothing is known.
 */
final class SourceFiles {
  private final Trees trees;

  private SourceFiles(Trees trees) {
    this.trees = trees;
  }

  /** The source files of {@code environment}'s compiler, or none if it is not javac. */
  static SourceFiles of(ProcessingEnvironment environment) {
    try {
      return new SourceFiles(Trees.instance(environment));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new SourceFiles(null);
    }
  }

  /**
   * The simple file name, without {@code .java}, of the source that declares the top-level type
   * {@code type}; empty when it comes from a class file or the compiler cannot tell.
   */
  Optional<String> fileNameOf(TypeElement type) {
    if (trees == null) {
      return Optional.empty();
    }
    TreePath path = trees.getPath(type);
    if (path == null) {
      return Optional.empty();
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    String name = unit.getSourceFile().getName();
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return file.endsWith(".java")
        ? Optional.of(file.substring(0, file.length() - ".java".length()))
        : Optional.empty();
  }
}
