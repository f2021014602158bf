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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Property test: random activity interface shapes, valid and invalid (annotation placement, the
 * three result paths, durations, names from Java's restricted identifiers to generated members,
 * result types with arrays, generics, wildcards, primitives, nested and inner types, overloads,
 * inheritance, nesting and flattened names, user types named like generated ones, generics),
 * compiled many to one javac run. For every shape the processor must not crash (no exception, no
 * HB900), errors must sit in the user's sources, never in generated ones (and every shape is legal
 * Java but for a result type missing on purpose, so that it is Handback that judges it), an
 * interface with a Handback error must get no generated file, and every shape without errors must
 * get generated code that compiles with no warning under {@code -Xlint:all,-processing} (Handback's
 * own guidance warnings aside, so it is {@code -Werror} for everything else), keeps to the column
 * limit of 100 (the shapes' long names and nested generics are where wrapping goes wrong), and that
 * Temporal accepts ({@link TemporalOracle}, the data converter included for shapes without a
 * result-type warning).
 *
 * <p>Reproducible: {@code -Dhandback.fuzz.seed=<n>} and {@code -Dhandback.fuzz.count=<shapes>}; a
 * failure names the seed and the shape. The default build tries 300 shapes; a bigger run, for
 * example {@code ./mvnw -pl processor -am verify -Dtest=FuzzTest -Dhandback.fuzz.count=5000
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.skip=true}, takes about a second per 10 shapes.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("handback.fuzz.seed", 4_2024L);
  private static final int COUNT = Integer.getInteger("handback.fuzz.count", 300);
  private static final int BATCH = 50;
  private static final Pattern PATH_ANNOTATION =
      Pattern.compile("@(AsyncCompletable|ExternalResult|Polled)\\b");
  private static final Pattern RESULT_WARNING = Pattern.compile("^\\[HB11\\d]");

  /** Every diagnostic counts, so none may be dropped past javac's default limit of 100. */
  private static final List<String> LINT =
      List.of("-Xlint:all,-processing", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");

  /**
   * Method names: ordinary ones, ones that collide with each other or with generated members,
   * Java's restricted identifiers, upper-case ones that look like generated constants, and ones an
   * encoded handle cannot carry.
   */
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
    "byActivityType",
    "byActivityTypeMap",
    "yield",
    "record",
    "var",
    "sealed",
    "permits",
    "when",
    "module",
    "open",
    "exports",
    "with",
    "register",
    "create",
    "routes",
    "of",
    "parse",
    "encode",
    "forWorkflow",
    "channel",
    "KEY",
    "REVIEW_SIGNAL",
    "FOO_OPTIONS",
    "reply",
    "handle",
    "outcome",
    "inbox",
    "hashCode",
    "getClass",
    "wait",
    "A",
    "a1b2",
    "x_",
    "café",
    "__temporal_go",
    "replyHandle",
    "Jobs",
    "jobsCompleter",
    "item",
    "string",
    "list",
    "map",
    "objects",
    "duration",
    "workflow",
    "activityId",
    "workflowId"
  };

  private static final String[] DURATIONS = {"PT1H", "P7D", "PT30M", "PT10S", "PT2H", " pt5m "};
  private static final String[] BAD_DURATIONS = {
    "PT0S", "-PT1M", "1h", "P1W", "P1M", "", "PT0.0001S", "PT87660001H", "PT0.5S"
  };
  private static final String[] PARAMETERS = {"String", "int", "List<String>", "Item"};

  /**
   * Result types: primitives, arrays (generic ones too), generics, wildcards, nested, inner and
   * generic records, enums, JDK value and runtime types, and classes Jackson cannot create.
   */
  private static final String[] RESULTS = {
    "void",
    "int",
    "boolean",
    "long[]",
    "List<String>",
    "Map<String, Integer>",
    "byte[]",
    "Object",
    "Item",
    "Item[]",
    "Item[][]",
    "Shape",
    "List",
    "Missing",
    "List<? extends Number>",
    "List<String>[]",
    "Map<String, List<Item>>[]",
    "Map<String, ?>",
    "List<? super Integer>",
    "List<Shape>",
    "Optional<Item>",
    "Level",
    "Map<Level, Item>",
    "Pair<String>",
    "Pair<List<Item>>",
    "Holder.Inner",
    "List<Holder.Inner>",
    "NoCreator",
    "Bean",
    "InputStream",
    "CompletableFuture<String>",
    "java.time.Instant",
    "Iterable<Item>",
    "Map<String, Map<String, Item[]>>",
    "Set<Level>",
    "String",
    "String",
    "String"
  };

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
    checkLegalJava(batch);
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
      // A top-level Outer_Jobs refused for the names a nested Outer.Jobs of the same shape got:
      // those files are the nested interface's (a second Filer write would have been HB900).
      boolean namesTakenByTheOther =
          message.contains("] Handback generates ")
              && message.contains(" too (the names of nested");
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR
          && message.startsWith("[HB")
          && !namesTakenByTheOther) {
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
    // Accepted by Handback, so accepted by Temporal: its own classes judge the generated code, and
    // its data converter the result types of shapes without a result-type warning.
    Set<String> resultWarnings = new HashSet<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : again.diagnostics()) {
      Shape shape = shapeOf(valid, diagnostic);
      if (shape != null && RESULT_WARNING.matcher(diagnostic.getMessage(Locale.ROOT)).find()) {
        resultWarnings.add(shape.packageName());
      }
    }
    for (Shape shape : valid) {
      // A silenced result-type warning is still a type the default converter may not rebuild.
      if (shape.source().contains("\"handback\"") || shape.source().contains("handback:HB11")) {
        resultWarnings.add(shape.packageName());
      }
    }
    List<String> refusals =
        TemporalOracle.refusals(again, type -> !resultWarnings.contains(type.getPackageName()));
    if (!refusals.isEmpty()) {
      String pkg =
          refusals
              .get(0)
              .substring(0, refusals.get(0).lastIndexOf('.', refusals.get(0).indexOf(':')));
      Shape shape =
          valid.stream().filter(v -> pkg.startsWith(v.packageName())).findFirst().orElse(null);
      fail(report("accepted by Handback but refused by Temporal: " + refusals, shape, valid));
    }
    for (Shape shape : valid) {
      if (PATH_ANNOTATION.matcher(shape.source()).find()
          && !noMethods.contains(shape.binaryName())
          && second.createdSources().stream()
              .noneMatch(n -> n.startsWith(shape.generatedPrefix()))) {
        fail(report("nothing generated for a shape without diagnostics", shape, valid));
      }
    }
    return valid.size();
  }

  /**
   * Every shape is legal Java but for the result type {@code Missing}, which is missing on purpose:
   * compiled without Handback, javac finds nothing else wrong. A shape that is not (a method that
   * clashes with the base interface's, say) would only be rejected for javac's reason, and test
   * nothing of Handback's.
   */
  private static void checkLegalJava(List<Shape> batch) {
    List<JavaFileObject> files =
        batch.stream()
            .map(s -> JavaFileObjects.forSourceString(s.binaryName(), s.source()))
            .toList();
    Compilation plain =
        Compiler.javac().withOptions("-proc:none", "-Xmaxerrs", "100000").compile(files);
    for (Diagnostic<? extends JavaFileObject> diagnostic : plain.errors()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (!(message.contains("cannot find symbol") && message.contains("class Missing"))) {
        fail(
            report(
                "the generator wrote a shape that is not valid Java, line "
                    + diagnostic.getLineNumber()
                    + ": "
                    + message,
                shapeOf(batch, diagnostic),
                batch));
      }
    }
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
    String name = pick(r, "Jobs", "Jobs", "Jobs", "Review_Desk", "Record", "Item2");
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
      iface.append(pathAnnotation(r)).append('\n');
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
    iface.append("  /** A generic record. */\n  record Pair<A>(A first, A second) {}\n\n");
    iface.append("  /** An enum. */\n  enum Level {\n    LOW,\n    HIGH\n  }\n\n");
    iface.append(
        "  /** A bean. */\n  final class Bean {\n    public String value;\n\n"
            + "    private Bean() {}\n  }\n\n");
    iface.append(
        "  /** No way for Jackson to create it. */\n  final class NoCreator {\n"
            + "    public final int value;\n\n    public NoCreator(int value) {\n"
            + "      this.value = value;\n    }\n  }\n\n");
    iface.append(
        "  /** Holds an inner class. */\n  final class Holder {\n"
            + "    /** Inner. */\n    public class Inner {\n      public String value;\n    }\n  }\n\n");
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
    if (r.nextInt(15) == 0) {
      String taken = pick(r, "Inbox", "Signals", "Completer", "Options", "Async");
      String prefix = generatedPrefix.substring(pkg.length() + 1);
      body.append("\n/** Named like a generated class. */\nfinal class ")
          .append(prefix)
          .append(taken)
          .append(" {\n  private ")
          .append(prefix)
          .append(taken)
          .append("() {}\n}\n");
    }
    if (extendsBase) {
      body.append("\n/** A parent activity interface. */\n@ActivityInterface\ninterface Base {\n")
          .append("  String ")
          .append(
              baseMethod(pick(r, "run", "walk", "check"), pick(r, "String", "int", ""), signatures))
          .append(");\n}\n");
    }
    String source =
        "package "
            + pkg
            + ";\n\n"
            + "import dev.handback.AsyncCompletable;\n"
            + "import dev.handback.ExternalResult;\n"
            + "import dev.handback.Polled;\n"
            + "import dev.handback.Retry;\n"
            + "import io.temporal.activity.ActivityCancellationType;\n"
            + "import io.temporal.activity.ActivityInterface;\n"
            + "import io.temporal.activity.ActivityMethod;\n"
            + "import java.io.InputStream;\n"
            + "import java.util.List;\n"
            + "import java.util.Map;\n"
            + "import java.util.Optional;\n"
            + "import java.util.Set;\n"
            + "import java.util.concurrent.CompletableFuture;\n\n"
            + body;
    return new Shape(index, binaryName, pkg, generatedPrefix, source);
  }

  private static final Set<String> FINAL_IN_OBJECT = Set.of("getClass[]", "wait[]");

  private static final String[] BASE_NAMES = {"run", "walk", "check"};
  private static final String[] BASE_PARAMETERS = {"String", "int", ""};

  /**
   * The name and parameter of the base interface's method, {@code name(parameter in}: the picked
   * one, or if the extending interface declares a method of that signature (which would override it
   * with another return type, or clash with it after erasure), the next free one, so the source
   * stays valid Java.
   */
  private static String baseMethod(String name, String parameter, Set<String> signatures) {
    int first =
        List.of(BASE_NAMES).indexOf(name) * BASE_PARAMETERS.length
            + List.of(BASE_PARAMETERS).indexOf(parameter);
    int total = BASE_NAMES.length * BASE_PARAMETERS.length;
    for (int i = 0; i < total; i++) {
      int candidate = (first + i) % total;
      String n = BASE_NAMES[candidate / BASE_PARAMETERS.length];
      String p = BASE_PARAMETERS[candidate % BASE_PARAMETERS.length];
      if (!signatures.contains(n + (p.isEmpty() ? List.of() : List.of(p)))) {
        return n + "(" + (p.isEmpty() ? "" : p + " in");
      }
    }
    return "baseOnly" + signatures.size() + "(";
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
      m.append("  ").append(pathAnnotation(r).replace("\n", "\n  ")).append('\n');
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
    result = r.nextInt(10) == 0 && genericInterface ? "T" : RESULTS[r.nextInt(RESULTS.length)];
    if (result.equals("Missing") && r.nextInt(3) != 0) {
      result = "String";
    }
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
    // Object's final getClass() and wait() cannot be declared again; its hashCode() returns int.
    if (FINAL_IN_OBJECT.contains(name + erased) || !signatures.add(name + erased)) {
      return method(r, genericInterface, interfaceLevel, signatures);
    }
    if ((name + erased).equals("hashCode[]")) {
      result = "int";
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

  /** Mostly {@code @AsyncCompletable}, sometimes {@code @ExternalResult} or {@code @Polled}. */
  private static String pathAnnotation(Random r) {
    int path = r.nextInt(10);
    if (path < 7) {
      return asyncCompletable(r);
    }
    if (path < 9) {
      List<String> attributes = new ArrayList<>();
      attributes.add("timeout = \"" + pick(r, "P1D", "PT1H", "PT0S", "P7D") + "\"");
      if (r.nextInt(3) == 0) {
        attributes.add("signal = \"" + pick(r, "done", "decided", "__temporal_x", " ", "") + "\"");
      }
      if (r.nextInt(4) == 0) {
        attributes.add("startToClose = \"" + pick(r, "PT30S", "PT2H", "PT0.0001S") + "\"");
      }
      if (r.nextInt(8) == 0) {
        attributes.add("taskQueue = \"" + pick(r, "humans", " ", "/_sys/x") + "\"");
      }
      return "@ExternalResult(" + String.join(", ", attributes) + ")";
    }
    List<String> attributes = new ArrayList<>();
    attributes.add("every = \"" + pick(r, "PT1M", "PT5M", "PT10S") + "\"");
    attributes.add("giveUpAfter = \"" + pick(r, "PT1H", "PT5M", "PT1M", "P1D") + "\"");
    if (r.nextInt(4) == 0) {
      attributes.add("attemptTimeout = \"" + pick(r, "PT10S", "PT1H") + "\"");
    }
    if (r.nextInt(5) == 0) {
      attributes.add(
          "doNotRetry = \""
              + pick(
                  r, "java.lang.IllegalStateException", "dev.handback.runtime.NotReadyYetException")
              + "\"");
    }
    return "@Polled(" + String.join(", ", attributes) + ")";
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
    if (r.nextInt(6) == 0) {
      attributes.add("retryExternalFailures = " + pick(r, "true", "false"));
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
