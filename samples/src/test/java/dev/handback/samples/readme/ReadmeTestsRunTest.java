package dev.handback.samples.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The tests in the README's "Testing your workflows" pass: compiled from the README's Java blocks
 * as {@link ReadmeSnippetsTest} compiles them, then run with JUnit on Temporal's test server.
 */
class ReadmeTestsRunTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern TEST_CLASS = Pattern.compile("(?m)^public class (\\w+Test) ");

  @TempDir Path workDir;

  @Test
  void theReadmesWorkflowAndActivityTestsPass() throws Exception {
    String readme = Files.readString(README, UTF_8);
    List<String> problems =
        ReadmeSnippetsTest.compiler().compile(MarkdownJava.snippets(readme), workDir);
    assertEquals(List.of(), problems);
    List<String> tests = testClasses(readme);
    assertEquals(4, tests.size(), tests.toString());

    TestExecutionSummary summary = run(tests);

    StringBuilder failures = new StringBuilder();
    summary
        .getFailures()
        .forEach(
            failure ->
                failures
                    .append(failure.getTestIdentifier().getDisplayName())
                    .append(": ")
                    .append(failure.getException())
                    .append('\n'));
    assertEquals("", failures.toString());
    assertEquals(4, summary.getTestsSucceededCount());
  }

  /** The test classes of the section, by their binary names. */
  private static List<String> testClasses(String readme) {
    int start = readme.indexOf("\n## Testing your workflows\n");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    List<String> names = new ArrayList<>();
    Matcher test = TEST_CLASS.matcher(section);
    while (test.find()) {
      names.add("com.example.review." + test.group(1));
    }
    return names;
  }

  private TestExecutionSummary run(List<String> testClasses)
      throws IOException, ClassNotFoundException {
    URL classes = workDir.resolve("classes").toUri().toURL();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes}, getClass().getClassLoader())) {
      LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
      for (String name : testClasses) {
        request.selectors(DiscoverySelectors.selectClass(Class.forName(name, true, loader)));
      }
      LauncherDiscoveryRequest discovery = request.build();
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(discovery, listener);
      return listener.getSummary();
    }
  }
}
