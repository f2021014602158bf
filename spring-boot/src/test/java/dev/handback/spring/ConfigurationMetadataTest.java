package dev.handback.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The metadata IDEs complete {@code handback.*} properties from, as the starter's jar carries it:
 * every property with its type, description and default.
 */
class ConfigurationMetadataTest {

  @Test
  void everyPropertyIsDescribedWithItsDefault() throws Exception {
    JsonNode metadata;
    try (InputStream in =
        HandbackProperties.class
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertNotNull(in, "no configuration metadata in the jar");
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, String> defaults = new TreeMap<>();
    for (JsonNode property : metadata.path("properties")) {
      String name = property.path("name").asText();
      assertFalse(property.path("description").asText().isBlank(), name + " has no description");
      assertFalse(
          property.path("description").asText().contains("{@"), name + " shows Javadoc markup");
      defaults.put(name, property.path("defaultValue").asText());
    }

    assertEquals(
        Map.of(
            "handback.webhook.enabled", "true",
            "handback.webhook.path", "/handback",
            "handback.webhook.max-body-size", "1MB",
            "handback.webhook.delivery-timeout", "10s",
            "handback.webhook.delivery-threads", "16",
            "handback.webhook.max-queued-deliveries", "256",
            "handback.webhook.remember", "10000",
            "handback.webhook.sealed-only", "false"),
        defaults);
  }
}
