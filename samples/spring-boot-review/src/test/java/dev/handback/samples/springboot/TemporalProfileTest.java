package dev.handback.samples.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Metadata;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.spring.boot.autoconfigure.properties.TemporalProperties;
import io.temporal.spring.boot.autoconfigure.template.ServiceStubOptionsTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The profile "temporal" turns Temporal's environment variables into the properties of Temporal's
 * starter, and the starter makes from them the connection options: the address, the namespace, and
 * for an API key TLS and an {@code authorization} header. No connection is made.
 */
class TemporalProfileTest {

  private static TemporalProperties bound(Map<String, Object> variables) throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
    List<PropertySource<?>> files = new ArrayList<>();
    for (String file : List.of("application-temporal.yml", "application.yml")) {
      files.addAll(new YamlPropertySourceLoader().load(file, new ClassPathResource(file)));
    }
    files.forEach(environment.getPropertySources()::addLast);
    return Binder.get(environment).bind("spring.temporal", TemporalProperties.class).get();
  }

  private static WorkflowServiceStubsOptions options(TemporalProperties properties) {
    return new ServiceStubOptionsTemplate(properties.getConnection(), null, null, null)
        .createServiceStubOptions();
  }

  @Test
  void temporalCloudFromTheVariablesOfTemporalsCli() throws Exception {
    TemporalProperties properties =
        bound(
            Map.of(
                "TEMPORAL_ADDRESS", "desk.a1b2c.tmprl.cloud:7233",
                "TEMPORAL_NAMESPACE", "desk.a1b2c",
                "TEMPORAL_API_KEY", "key-of-the-desk"));
    WorkflowServiceStubsOptions options = options(properties);

    assertEquals("desk.a1b2c", properties.getNamespace());
    assertFalse(properties.getTestServer().getEnabled());
    assertEquals("desk.a1b2c.tmprl.cloud:7233", options.getTarget());
    assertTrue(options.getEnableHttps(), "an API key needs TLS");
    Metadata headers = new Metadata();
    options.getGrpcMetadataProviders().forEach(provider -> headers.merge(provider.getMetadata()));
    assertEquals(
        "Bearer key-of-the-desk",
        headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER)));
  }

  @Test
  void aLocalServiceWithoutVariables() throws Exception {
    TemporalProperties properties = bound(Map.of());
    WorkflowServiceStubsOptions options = options(properties);

    assertEquals("default", properties.getNamespace());
    assertEquals("localhost:7233", options.getTarget());
    assertFalse(options.getEnableHttps());
    assertEquals(null, options.getGrpcMetadataProviders(), "no API key, no header");
  }
}
