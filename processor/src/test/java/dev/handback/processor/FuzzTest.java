package dev.handback.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Property test: random activity interface shapes, valid and invalid (annotation placement,
 * durations, names, result types, overloads, inheritance, nesting, generics), compiled many to one
 * javac run. For every shape the processor must not crash (no exception, no HB900), errors must sit
 * in the user's sources, never in generated ones, an interface with a Handback error must get no
 * generated file, and every shape without errors must get generated code that compiles with no
 * warning under {@code -Xlint:all,-processing} (Handback's own guidance warnings aside) and keeps
 * to the column limit of 100 (the shapes' long names and nested generics are where wrapping goes
 * wrong).
 *
 * <p>Reproducible: {@code -Dhandback.fuzz.seed=<n>} and {@code -Dhandback.fuzz.count=<shapes>}; a
 * failure names the seed and the shape.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("handback.fuzz.seed", 4_2024L);
  private static final int COUNT = Integer.getInteger("handback.fuzz.count", 300);
  private static final int BATCH = 50;

  /** Every diagnostic counts, so none may be dropped past javac's default limit of 100. */
  private static final List<String> LINT =
      List.of("-Xlint:all,-processing", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");

  private static final String[] NAMES = {
    "run",
    "Run",
    "ship",
    "fooBar",
    "foo_Bar",
    "foo",
    "fooOptions",
    "newStub",
    "toString",
    "review",
    "await$",
    "check",
    "byActivityType"
  };
  private static final String[] DURATIONS = {"PT1H", "P7D", "PT30M", "PT10S", "PT2H", " pt5m "};
  private static final String[] BAD_DURATIONS = {"PT0S", "-PT1M", "1h", "P1W", "P1M", ""};
  private static final String[] PARAMETERS = {"String", "int", "List<String>", "Item"};

  /** One generated source and what is known of it. */
  record Shape(
      int index, String binaryName, String packageName, String generatedPrefix, String source) {}

  @Test
  void randomInterfacesNeverCrashTheProcessorAndValidOnesCompile() {
    long started = System.nanoTime();
    Random random = new Random(SEED);
    List<Shape> shapes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      shapes.add(shape(i, random));
    }
    int compiled = 0;
    int rejected = 0;
    for (int from = 0; from < shapes.size(); from += BATCH) {
      List<Shape> batch = shapes.subList(from, Math.min(shapes.size(), from + BATCH));
      int valid = check(batch);
      compiled += valid;
      rejected += batch.size() - valid;
    }
    System.out.printf(
        Locale.ROOT,
        "FuzzTest: seed %d, %d shapes (%d generated and compiled, %d rejected with diagnostics) in %d ms%n",
        SEED,
        COUNT,
        compiled,
        rejected,
        (System.nanoTime() - started) / 1_000_000);
    assertTrue(compiled > COUNT / 20, "too few valid shapes to mean anything: " + compiled);
    assertTrue(rejected > COUNT / 10, "too few invalid shapes to mean anything: " + rejected);
  }

  /** Checks one batch; returns how many of its shapes were generated for and compiled. */
  private static int check(List<Shape> batch) {
    RecordingHandbackProcessor processor = new RecordingHandbackProcessor();
    Compilation first = compile(processor, batch);
    Set<String> flagged = new HashSet<>();
    Set<String> noMethods = new HashSet<>();
    if (Boolean.getBoolean("handback.fuzz.debug")) {
      first
          .diagnostics()
          .forEach(
              d ->
                  System.out.println(
                      d.getKind()
                          + " "
                          + d.getSource()
                          + ":"
                          + d.getLineNumber()
                          + " "
                          + d.getMessage(Locale.ROOT).lines().findFirst().orElse("")));
    }
    for (Diagnostic<? extends JavaFileObject> diagnostic : first.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String message = diagnostic.getMessage(Locale.ROOT);
      Shape shape = shapeOf(batch, diagnostic);
      if (message.startsWith("[HB900]") || shape == null) {
        fail(
            report(
                "a crash, or a diagnostic outside the user's sources: " + message, shape, batch));
      }
      boolean guidance =
          diagnostic.getKind() == Diagnostic.Kind.WARNING && message.startsWith("[HB1");
      if (message.startsWith("[HB104]")) {
        noMethods.add(shape.binaryName());
      }
      if (!guidance) {
        flagged.add(shape.binaryName());
      }
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR && message.startsWith("[HB")) {
        List<String> created =
            processor.createdSources().stream()
                .filter(name -> name.startsWith(shape.generatedPrefix()))
                .toList();
        if (!created.isEmpty()) {
          fail(report("generated " + created + " despite " + message, shape, batch));
        }
      }
    }
    List<Shape> valid = batch.stream().filter(s -> !flagged.contains(s.binaryName())).toList();
    if (valid.isEmpty()) {
      return 0;
    }
    RecordingHandbackProcessor second = new RecordingHandbackProcessor();
    Compilation again = compile(second, valid);
    for (Diagnostic<? extends JavaFileObject> diagnostic : again.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (diagnostic.getKind() != Diagnostic.Kind.NOTE
          && !(diagnostic.getKind() == Diagnostic.Kind.WARNING && message.startsWith("[HB1"))) {
        fail(
            report(
                "the generated code of valid shapes does not compile warning-free: "
                    + (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName())
                    + ":"
                    + diagnostic.getLineNumber()
                    + " "
                    + message,
                shapeOf(valid, diagnostic),
                valid));
      }
    }
    assertEquals(Compilation.Status.SUCCESS, again.status(), () -> report("failed", null, valid));
    List<String> over = ColumnLimit.linesOver(HandbackCompiler.generatedSources(again));
    if (!over.isEmpty()) {
      fail(
          report(
              "generated lines longer than "
                  + ColumnLimit.COLUMNS
                  + " columns:\n"
                  + String.join("\n", over),
              null,
              valid));
    }
    for (Shape shape : valid) {
      if (shape.source().contains("@AsyncCompletable")
          && !noMethods.contains(shape.binaryName())
          && second.createdSources().stream()
              .noneMatch(n -> n.startsWith(shape.generatedPrefix()))) {
        fail(report("nothing generated for a shape without diagnostics", shape, valid));
      }
    }
    return valid.size();
  }

  private static Compilation compile(RecordingHandbackProcessor processor, List<Shape> shapes) {
    List<JavaFileObject> files =
        shapes.stream()
            .map(s -> JavaFileObjects.forSourceString(s.binaryName(), s.source()))
            .toList();
    try {
      return Compiler.javac().withProcessors(processor).withOptions(LINT).compile(files);
    } catch (RuntimeException e) {
      throw new AssertionError(report("javac or the processor threw " + e, null, shapes), e);
    }
  }

  private static Shape shapeOf(
      List<Shape> shapes, Diagnostic<? extends JavaFileObject> diagnostic) {
    if (diagnostic.getSource() == null) {
      return null;
    }
    String name = "/" + diagnostic.getSource().toUri();
    return shapes.stream()
        .filter(s -> name.endsWith("/" + s.binaryName().replace('.', '/') + ".java"))
        .findFirst()
        .orElse(null);
  }

  private static String report(String problem, Shape shape, List<Shape> batch) {
    String shown =
        shape != null
            ? "shape " + shape.index() + ":\n" + shape.source()
            : batch.stream()
                .limit(3)
                .map(s -> "shape " + s.index() + ":\n" + s.source())
                .collect(Collectors.joining("\n", "", "\n(first 3 shapes of the batch)"));
    return "FuzzTest seed "
        + SEED
        + " (rerun with -Dhandback.fuzz.seed="
        + SEED
        + " -Dhandback.fuzz.count="
        + COUNT
        + "): "
        + problem
        + "\n"
        + shown;
  }

  // ---------------------------------------------------------------------------------------------
  // The generator

  private static Shape shape(int index, Random r) {
    String pkg = "fuzz.s" + index;
    boolean generic = r.nextInt(12) == 0;
    String name = r.nextInt(8) == 0 ? "Review_Desk" : "Jobs";
    StringBuilder body = new StringBuilder();
    int nesting = r.nextInt(20);
    boolean extendsBase = r.nextInt(6) == 0;

    StringBuilder iface = new StringBuilder();
    if (r.nextInt(12) != 0) {
      iface.append(
          r.nextInt(5) == 0
              ? "@ActivityInterface(namePrefix = \"Base_\")\n"
              : "@ActivityInterface\n");
    }
    if (r.nextInt(4) == 0) {
      iface.append(suppress(r)).append('\n');
    }
    boolean interfaceLevel = r.nextInt(5) < 2;
    if (interfaceLevel) {
      iface.append(asyncCompletable(r)).append('\n');
    }
    iface
        .append("public interface ")
        .append(name)
        .append(generic ? "<T>" : "")
        .append(extendsBase ? " extends Base" : "")
        .append(" {\n");
    int methods = 1 + r.nextInt(4);
    Set<String> signatures = new HashSet<>();
    for (int m = 0; m < methods; m++) {
      iface.append(method(r, generic, interfaceLevel, signatures));
    }
    iface.append("  /** A record result. */\n  record Item(String id) {}\n\n");
    iface.append(
        "  /** An interface result. */\n  interface Shape {\n    double area();\n  }\n}\n");

    String binaryName;
    String generatedPrefix;
    if (nesting < 14) {
      body.append(iface);
      binaryName = pkg + "." + name;
      generatedPrefix = pkg + "." + name;
    } else {
      boolean hidden = nesting >= 18;
      body.append("public final class Outer {\n  private Outer() {}\n\n");
      body.append(hidden ? "  private static final class Hidden {\n" : "");
      body.append(
          indent(
              iface
                  .toString()
                  .replace("public interface", hidden ? "interface" : "public interface")));
      body.append(hidden ? "  }\n" : "");
      body.append("}\n");
      binaryName = pkg + ".Outer";
      generatedPrefix = pkg + ".Outer_" + (hidden ? "Hidden_" : "") + name;
    }
    if (extendsBase) {
      body.append("\n/** A parent activity interface. */\n@ActivityInterface\ninterface Base {\n")
          .append("  String ")
          .append(pick(r, "run", "walk", "check"))
          .append("(")
          .append(pick(r, "String in", "int in", ""))
          .append(");\n}\n");
    }
    String source =
        "package "
            + pkg
            + ";\n\n"
            + "import dev.handback.AsyncCompletable;\n"
            + "import dev.handback.Retry;\n"
            + "import io.temporal.activity.ActivityCancellationType;\n"
            + "import io.temporal.activity.ActivityInterface;\n"
            + "import io.temporal.activity.ActivityMethod;\n"
            + "import java.util.List;\n"
            + "import java.util.Map;\n\n"
            + body;
    return new Shape(index, binaryName, pkg, generatedPrefix, source);
  }

  /**
   * One method whose signature is not in {@code signatures} yet, so the source stays valid Java.
   */
  private static String method(
      Random r, boolean genericInterface, boolean interfaceLevel, Set<String> signatures) {
    StringBuilder m = new StringBuilder();
    int kind = r.nextInt(30);
    boolean suppressed = r.nextInt(5) == 0;
    if (r.nextInt(7) == 0) {
      m.append("  @ActivityMethod(name = \"")
          .append(pick(r, "Work", "Run", "Base_Run", "X"))
          .append("\")\n");
    }
    if (r.nextInt(10) < (interfaceLevel ? 3 : 7)) {
      m.append("  ").append(asyncCompletable(r).replace("\n", "\n  ")).append('\n');
    }
    String name = r.nextBoolean() ? NAMES[r.nextInt(NAMES.length)] : "act" + signatures.size();
    if (kind <= 1) {
      signatures.add("#" + signatures.size());
    }
    if (kind == 0) {
      return m + "  static String helper" + signatures.size() + "() {\n    return \"\";\n  }\n\n";
    }
    if (kind == 1) {
      return m + "  default String preset" + signatures.size() + "() {\n    return \"\";\n  }\n\n";
    }
    boolean genericMethod = kind == 2;
    String result;
    int pick = r.nextInt(16);
    result =
        switch (pick) {
          case 0 -> "void";
          case 1 -> "int";
          case 2 -> "List<String>";
          case 3 -> "Map<String, Integer>";
          case 4 -> "byte[]";
          case 5 -> "Object";
          case 6 -> "Item";
          case 7 -> "Item[]";
          case 8 -> "Shape";
          case 9 -> genericInterface ? "T" : "String";
          case 10 -> "List";
          case 11 -> r.nextInt(3) == 0 ? "Missing" : "List<? extends Number>";
          default -> "String";
        };
    if (name.equals("toString")) {
      result = "String";
    }
    if (genericMethod && !name.equals("toString")) {
      result = "<T> " + (r.nextBoolean() ? "T" : "List<T>");
    }
    int parameters = name.equals("toString") ? 0 : r.nextInt(3);
    List<String> params = new ArrayList<>();
    List<String> erased = new ArrayList<>();
    for (int p = 0; p < parameters; p++) {
      String type = PARAMETERS[r.nextInt(PARAMETERS.length)];
      params.add(type + " p" + p);
      erased.add(type.replaceAll("<.*>", ""));
    }
    if (!signatures.add(name + erased)) {
      return method(r, genericInterface, interfaceLevel, signatures);
    }
    List<String> suppressions = new ArrayList<>();
    if (suppressed) {
      suppressions.add(suppression(r));
    }
    if (result.equals("List")) {
      suppressions.add("\"rawtypes\"");
    }
    String annotation =
        suppressions.isEmpty()
            ? ""
            : "  @SuppressWarnings({" + String.join(", ", suppressions) + "})\n";
    return annotation + m + "  " + result + " " + name + "(" + String.join(", ", params) + ");\n\n";
  }

  private static String asyncCompletable(Random r) {
    List<String> attributes = new ArrayList<>();
    if (r.nextInt(10) < 8) {
      attributes.add("startToClose = \"" + duration(r) + "\"");
    }
    if (r.nextInt(5) == 0) {
      attributes.add("scheduleToClose = \"" + duration(r) + "\"");
    }
    if (r.nextInt(7) == 0) {
      attributes.add("scheduleToStart = \"" + duration(r) + "\"");
    }
    if (r.nextInt(3) == 0) {
      attributes.add("heartbeat = \"" + pick(r, "PT1M", "PT2H", "PT0S", "x", "PT30S") + "\"");
    }
    if (r.nextInt(10) == 0) {
      attributes.add("taskQueue = \"" + pick(r, "humans", " ", "") + "\"");
    }
    if (r.nextInt(3) == 0) {
      List<String> retry = new ArrayList<>();
      if (r.nextBoolean()) {
        retry.add("initialInterval = \"" + duration(r) + "\"");
      }
      if (r.nextBoolean()) {
        retry.add("maximumInterval = \"" + duration(r) + "\"");
      }
      if (r.nextBoolean()) {
        retry.add("backoffCoefficient = " + pick(r, "0", "1.5", "0.5", "2", "Double.NaN", "1e10"));
      }
      if (r.nextBoolean()) {
        retry.add("maximumAttempts = " + pick(r, "0", "1", "3", "-1"));
      }
      if (r.nextInt(3) == 0) {
        retry.add(
            "doNotRetry = {"
                + pick(r, "\"java.lang.IllegalStateException\"", "\"\"", "\"A\", \"B\"")
                + "}");
      }
      attributes.add("retry = @Retry(" + String.join(", ", retry) + ")");
    }
    if (r.nextInt(5) == 0) {
      attributes.add(
          "cancellationType = ActivityCancellationType."
              + pick(r, "TRY_CANCEL", "ABANDON", "WAIT_CANCELLATION_COMPLETED"));
    }
    return "@AsyncCompletable(" + String.join(",\n    ", attributes) + ")";
  }

  private static String suppress(Random r) {
    return "@SuppressWarnings(" + suppression(r) + ")";
  }

  private static String suppression(Random r) {
    return "\"" + pick(r, "handback", "handback:HB101", "handback:HB110", "unchecked") + "\"";
  }

  /** A valid duration mostly, sometimes a wrong one. */
  private static String duration(Random r) {
    return r.nextInt(6) == 0 ? pick(r, BAD_DURATIONS) : pick(r, DURATIONS);
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  private static String indent(String text) {
    return text.lines()
        .map(line -> line.isEmpty() ? line : "    " + line)
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
