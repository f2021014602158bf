package dev.handback.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The starter brings the webhook protocol's core without Jetty: the application's own web server
 * answers. Read from the run-time class path Maven resolves for this module (the class path an
 * application gets from the starter) and from this test's own, on which the Spring end-to-end test
 * serves the protocol with Tomcat.
 */
class NoJettyTest {

  @Test
  void theStartersRuntimeClassPathHasTheWebhookCoreAndNoJetty() throws Exception {
    List<String> entries =
        Arrays.asList(
            Files.readString(Path.of("target", "runtime-classpath.txt"))
                .strip()
                .split(File.pathSeparator));
    List<String> jars = entries.stream().map(jar -> Path.of(jar).getFileName().toString()).toList();

    // The webhook module as its jar (verify), or its classes (a reactor build up to test).
    assertTrue(
        jars.stream().anyMatch(jar -> jar.startsWith("handback-webhook-"))
            || entries.stream().anyMatch(entry -> entry.endsWith("webhook/target/classes")),
        entries.toString());
    assertTrue(jars.stream().anyMatch(jar -> jar.startsWith("temporal-sdk-")), jars.toString());
    assertEquals(List.of(), jars.stream().filter(jar -> jar.startsWith("jetty-")).toList());
  }

  @Test
  void theEndToEndTestsRunWithoutJetty() {
    assertThrows(
        ClassNotFoundException.class, () -> Class.forName("org.eclipse.jetty.server.Server"));
  }
}
