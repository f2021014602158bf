package dev.handback.bench.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the modules of Handback's peers in the compile benchmark, each source a pure function of
 * its index, like {@link SyntheticModule}: AutoValue value classes and MapStruct mappers, fifty to
 * a package.
 */
final class PeerModules {
  private static final int PER_PACKAGE = 50;

  private PeerModules() {}

  /**
   * {@code size} {@code @AutoValue} classes with six properties (a string, primitives, a list and a
   * map) and a static factory.
   */
  static List<Path> autoValue(Path root, int size) {
    List<Path> files = new ArrayList<>();
    for (int index = 0; index < size; index++) {
      String pkg = "bench.autovalue.p" + index / PER_PACKAGE;
      String name = "Value" + index;
      String source =
          "package "
              + pkg
              + ";\n\n"
              + "import com.google.auto.value.AutoValue;\n"
              + "import java.util.List;\n"
              + "import java.util.Map;\n\n"
              + "/** Synthetic value class number "
              + index
              + ". */\n"
              + "@AutoValue\n"
              + "public abstract class "
              + name
              + " {\n"
              + "  /** The id. */\n"
              + "  public abstract String id();\n\n"
              + "  /** How many. */\n"
              + "  public abstract int count();\n\n"
              + "  /** The amount in cents. */\n"
              + "  public abstract long cents();\n\n"
              + "  /** Whether it was approved. */\n"
              + "  public abstract boolean approved();\n\n"
              + "  /** Its tags. */\n"
              + "  public abstract List<String> tags();\n\n"
              + "  /** Totals by currency. */\n"
              + "  public abstract Map<String, Long> totals();\n\n"
              + "  /** A value of these properties. */\n"
              + "  public static "
              + name
              + " create(\n"
              + "      String id,\n"
              + "      int count,\n"
              + "      long cents,\n"
              + "      boolean approved,\n"
              + "      List<String> tags,\n"
              + "      Map<String, Long> totals) {\n"
              + "    return new AutoValue_"
              + name
              + "(id, count, cents, approved, tags, totals);\n"
              + "  }\n"
              + "}\n";
      files.add(JavaSources.write(root, pkg, name, source));
    }
    return files;
  }

  /**
   * {@code size} {@code @Mapper} interfaces, each mapping its source record to its target record
   * (six properties, one renamed) and a list of them.
   */
  static List<Path> mapStruct(Path root, int size) {
    List<Path> files = new ArrayList<>();
    for (int index = 0; index < size; index++) {
      String pkg = "bench.mapstruct.p" + index / PER_PACKAGE;
      String name = "Mapper" + index;
      String source =
          "package "
              + pkg
              + ";\n\n"
              + "import java.util.List;\n"
              + "import org.mapstruct.Mapper;\n"
              + "import org.mapstruct.Mapping;\n\n"
              + "/** Synthetic mapper number "
              + index
              + ". */\n"
              + "@Mapper\n"
              + "public interface "
              + name
              + " {\n"
              + "  /** What is mapped. */\n"
              + "  record Source(\n"
              + "      String id, int count, long cents, boolean approved, List<String> tags,"
              + " String note) {}\n\n"
              + "  /** What it is mapped to. */\n"
              + "  record Target(\n"
              + "      String id, int count, long cents, boolean approved, List<String> tags,"
              + " String remark) {}\n\n"
              + "  /** Maps one. */\n"
              + "  @Mapping(target = \"remark\", source = \"note\")\n"
              + "  Target map(Source source);\n\n"
              + "  /** Maps several. */\n"
              + "  List<Target> mapAll(List<Source> sources);\n"
              + "}\n";
      files.add(JavaSources.write(root, pkg, name, source));
    }
    return files;
  }
}
