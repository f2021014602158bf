package dev.handback.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Proves that {@code DIAGNOSTICS.md} documents exactly the ids of {@link Message}, each once. */
class DiagnosticsReferenceTest {
  private static final Path PAGE =
      Path.of(System.getProperty("handback.diagnosticsPage", "DIAGNOSTICS.md"));

  @Test
  void thePageListsEveryIdAndNoOther() throws IOException {
    String page = Files.readString(PAGE, UTF_8);
    Set<String> documented = new TreeSet<>();
    Matcher heading = Pattern.compile("(?m)^### (HB\\d{3}) ").matcher(page);
    while (heading.find()) {
      assertEquals(true, documented.add(heading.group(1)), "documented twice: " + heading.group(1));
    }
    Set<String> ids =
        Arrays.stream(Message.values())
            .map(Message::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Message.values().length, ids.size(), "two messages share an id");
    assertEquals(ids, documented, "ids in Message versus headings in " + PAGE);
  }
}
