package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves that a misplaced {@code @AsyncCompletable} and every activity interface or method that
 * Handback cannot generate for (HB001 to HB008, HB901) is rejected with its exact message, pointed
 * at the annotation or the offending declaration, with nothing generated.
 */
class InterfaceDiagnosticsTest {

  @Test
  void recorderSeesWhatAValidInterfaceGenerates() {
    TestSource source =
        TestSource.of(
            "Jobs",
            "@ActivityInterface",
            "public interface Jobs {",
            "  @AsyncCompletable(startToClose = \"PT1H\")",
            "  String run(String input);",
            "}");
    TestSource.Compiled compiled = source.compile();

    assertThat(compiled.compilation()).succeededWithoutWarnings();
    assertEquals(
        Set.of(
            "com.example.JobsAsync",
            "com.example.JobsCompleter",
            "com.example.JobsOptions",
            "/META-INF/handback/com.example.Jobs.json (resource)"),
        compiled.createdSources());
  }

  @Test
  void hb001_onAnInterfaceWithoutActivityInterface() {
    TestSource source =
        TestSource.of(
            "Plain",
            "@AsyncCompletable(startToClose = \"PT1H\")",
            "public interface Plain {",
            "  String run(String input);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB001] @AsyncCompletable is on com.example.Plain, which is not an @ActivityInterface:"
            + " annotate the interface with @io.temporal.activity.ActivityInterface, or move"
            + " @AsyncCompletable to one",
        "@AsyncCompletable",
        "@AsyncCompletable");
  }

  @Test
  void hb001_onAClass() {
    TestSource source =
        TestSource.of(
            "Worker", "@AsyncCompletable(startToClose = \"PT1H\")", "public class Worker {}");

    source.assertOnlyError(
        source.compile(),
        "[HB001] @AsyncCompletable is on com.example.Worker, which is not an @ActivityInterface:"
            + " annotate the interface with @io.temporal.activity.ActivityInterface, or move"
            + " @AsyncCompletable to one",
        "@AsyncCompletable",
        "@AsyncCompletable");
  }

  @Test
  void hb001_onAMethodOfAnInterfaceWithoutActivityInterface() {
    TestSource source =
        TestSource.of(
            "Plain",
            "public interface Plain {",
            "  @AsyncCompletable(startToClose = \"PT1H\")",
            "  String run(String input);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB001] @AsyncCompletable is on Plain.run() of com.example.Plain, which is not an"
            + " @ActivityInterface: annotate the interface with"
            + " @io.temporal.activity.ActivityInterface, or move @AsyncCompletable to one",
        "@AsyncCompletable",
        "@AsyncCompletable");
  }

  @Test
  void hb002_onAStaticMethodOfAnActivityInterface() {
    TestSource source =
        TestSource.of(
            "Jobs",
            "@ActivityInterface",
            "public interface Jobs {",
            "  @AsyncCompletable(startToClose = \"PT1H\")",
            "  static String helper() {",
            "    return \"\";",
            "  }",
            "",
            "  String run(String input);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB002] @AsyncCompletable is on Jobs.helper(), which is not an activity method: put it on"
            + " an abstract method of an @ActivityInterface",
        "@AsyncCompletable",
        "@AsyncCompletable");
  }

  @Test
  void hb003_dollarInAMethodName() {
    TestSource source =
        TestSource.of(
            "Jobs",
            "@ActivityInterface",
            "public interface Jobs {",
            "  @AsyncCompletable(startToClose = \"PT1H\")",
            "  String run$now(String input);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB003] The name 'run$now' cannot be carried by an encoded handle, which names the"
            + " interface and the method: name activity interfaces and methods that Handback"
            + " generates for with ASCII letters, digits and '_' only",
        "run$now",
        "run$now");
  }

  @Test
  void hb004_genericActivityInterface() {
    TestSource source =
        TestSource.of(
            "Lookup",
            "@ActivityInterface",
            "@AsyncCompletable(startToClose = \"PT1H\")",
            "public interface Lookup<T> {",
            "  T find(String key);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB004] com.example.Lookup has type parameters, and Temporal cannot tell which type an"
            + " activity of it returns: remove the type parameters, or put @AsyncCompletable on a"
            + " non-generic interface that extends it",
        "interface Lookup",
        "interface"); // javac places a type's diagnostics on its keyword
  }

  @Test
  void hb005_privateNestedInterface() {
    TestSource source =
        TestSource.of(
            "Outer",
            "public final class Outer {",
            "  @ActivityInterface",
            "  private interface Hidden {",
            "    @AsyncCompletable(startToClose = \"PT1H\")",
            "    String run(String input);",
            "  }",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB005] com.example.Outer.Hidden is private, but Temporal accepts only public activity"
            + " interfaces (\"Interface with @ActivityInterface annotation must be public\"), and the"
            + " classes Handback generates beside it must see it: declare it public, nested in no"
            + " private type",
        "interface Hidden",
        "interface");
  }

  @Test
  void hb024_overloadsAreRefusedByTemporal() {
    TestSource source =
        TestSource.of(
            "Shipping",
            "@ActivityInterface",
            "@AsyncCompletable(startToClose = \"PT1H\")",
            "public interface Shipping {",
            "  String ship(String orderId);",
            "",
            "  String ship(String orderId, int parcels);",
            "}");

    // The parameter types tell the overloads apart; the position tells which one Temporal refuses.
    source.assertOnlyError(
        source.compile(),
        "[HB024] Shipping.ship(String) and Shipping.ship(String, int) are both activity methods"
            + " named 'ship', and Temporal refuses two activity methods of one name in an activity"
            + " interface and the interfaces it extends (\"Duplicated methods (overloads are not"
            + " allowed in activity interfaces)\"), a method redeclared in a child activity"
            + " interface included: rename one of them, or declare the method in one interface"
            + " only",
        "int parcels",
        "ship");
  }

  @Test
  void hb006_activityMethodNameEqualsAnotherMethodsType() {
    TestSource source =
        TestSource.of(
            "Shipping",
            "@ActivityInterface",
            "@AsyncCompletable(startToClose = \"PT1H\")",
            "public interface Shipping {",
            "  String ship(String orderId);",
            "",
            "  @ActivityMethod(name = \"Ship\")",
            "  String send(String orderId);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB006] Activity type 'Ship' of Shipping.send(String) is also the activity type of"
            + " Shipping.ship(String), and Temporal registers one implementation per type: rename one"
            + " method, or give it @ActivityMethod(name = ...)",
        "String send",
        "send");
  }

  @Test
  void hb007_genericMethod() {
    TestSource source =
        TestSource.of(
            "Catalog",
            "@ActivityInterface",
            "public interface Catalog {",
            "  @AsyncCompletable(startToClose = \"PT1H\")",
            "  <T> T fetch(Class<T> type);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB007] Catalog.fetch() has type parameters, and Temporal cannot tell which type the"
            + " activity returns: give it a concrete result type",
        "fetch",
        "fetch");
  }

  @Test
  void hb008_privateNestedResultType() {
    TestSource source =
        TestSource.of(
            "Outer",
            "public final class Outer {",
            "  private record Secret(String value) {}",
            "",
            "  @ActivityInterface",
            "  public interface Vault {",
            "    @AsyncCompletable(startToClose = \"PT1H\")",
            "    Secret open(String key);",
            "  }",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB008] The result type com.example.Outer.Secret of Vault.open() is private or not visible"
            + " from package 'com.example', where the completer is generated: make it public or"
            + " package-private",
        "Secret open",
        "open");
  }

  /**
   * javac reports the unknown type itself ("cannot find symbol"); Handback waits until the last
   * round, in case another processor generates the type, and then adds HB901 on the method.
   */
  @Test
  void hb901_resultTypeThatDoesNotExist() {
    TestSource source =
        TestSource.of(
            "Lookups",
            "@ActivityInterface",
            "public interface Lookups {",
            "  @AsyncCompletable(startToClose = \"PT1H\")",
            "  Missing find(String key);",
            "}");
    TestSource.Compiled compiled = source.compile();

    source.assertHandbackError(
        compiled,
        2,
        "[HB901] Lookups.find() refers to a type that does not exist or was never generated:"
            + " Missing. Fix the type, or make sure the processor that generates it runs in the same"
            + " compilation",
        "Missing find",
        "find");
    assertThat(compiled.compilation())
        .hadErrorContaining("cannot find symbol")
        .inFile(compiled.compilation().sourceFiles().get(0))
        .onLine(source.lineOf("Missing find"))
        .atColumn(3);
  }
}
