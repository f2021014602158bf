package dev.handback.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handback.e2e.ReviewActivitiesCompleter;
import dev.handback.runtime.seal.HandleSealer;
import dev.handback.spring.desk.ReviewDeskCompleter;
import dev.handback.spring.desk.SigningDeskCompleter;
import dev.handback.webhook.WebhookEndpoint;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When the auto-configuration steps in and what it gives, without Temporal: the client's stubs
 * connect lazily, and nothing here calls Temporal.
 */
class HandbackAutoConfigurationTest {
  private final WebApplicationContextRunner web =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(HandbackAutoConfiguration.class));

  /** A WorkflowClient bean, as Temporal's starter defines one. */
  @Configuration(proxyBeanMethods = false)
  static class Temporal {
    @Bean(destroyMethod = "shutdownNow")
    WorkflowServiceStubs stubs() {
      // Lazy: nothing listens there, and nothing here connects.
      return WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:1").build());
    }

    @Bean
    WorkflowClient workflowClient(WorkflowServiceStubs stubs) {
      return WorkflowClient.newInstance(stubs);
    }
  }

  /** An application that makes one completer itself. */
  @Configuration(proxyBeanMethods = false)
  static class OwnCompleter {
    static final ReviewDeskCompleter OWN =
        new ReviewDeskCompleter(
            WorkflowClient.newInstance(
                WorkflowServiceStubs.newServiceStubs(
                    WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:2").build())));

    @Bean
    ReviewDeskCompleter ownReviewDesk() {
      return OWN;
    }
  }

  @Test
  void aWorkflowClientBringsCompleterBeansAndTheWebhookEndpoint() {
    web.withUserConfiguration(Temporal.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ReviewDeskCompleter.class);
              assertThat(context).hasSingleBean(SigningDeskCompleter.class);
              assertThat(context).hasSingleBean(ReviewActivitiesCompleter.class);
              assertThat(context).hasSingleBean(WebhookEndpoint.class);
              assertThat(context).hasBean("handbackWebhookRoutes");
              assertEquals(1024 * 1024, context.getBean(WebhookEndpoint.class).maxBodyBytes());
            });
  }

  @Test
  void withoutAWorkflowClientNothingIsDefined() {
    web.run(
        context -> {
          assertThat(context).doesNotHaveBean(ReviewDeskCompleter.class);
          assertThat(context).doesNotHaveBean(WebhookEndpoint.class);
          assertThat(context).doesNotHaveBean(HandbackProperties.class);
        });
  }

  @Test
  void aCompleterTheApplicationDefinesIsLeftToIt() {
    web.withUserConfiguration(Temporal.class, OwnCompleter.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ReviewDeskCompleter.class);
              assertThat(context.getBean(ReviewDeskCompleter.class)).isSameAs(OwnCompleter.OWN);
              assertThat(context).hasSingleBean(SigningDeskCompleter.class);
            });
  }

  @Test
  void theWebhookEndpointCanBeTurnedOff() {
    web.withUserConfiguration(Temporal.class)
        .withPropertyValues("handback.webhook.enabled=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(ReviewDeskCompleter.class);
              assertThat(context).doesNotHaveBean(WebhookEndpoint.class);
            });
  }

  @Test
  void anApplicationWithoutAWebServerGetsCompletersOnly() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HandbackAutoConfiguration.class))
        .withUserConfiguration(Temporal.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ReviewDeskCompleter.class);
              assertThat(context).doesNotHaveBean(WebhookEndpoint.class);
            });
  }

  @Test
  void propertiesSetTheEndpointsLimits() {
    web.withUserConfiguration(Temporal.class)
        .withPropertyValues(
            "handback.webhook.max-body-size=10KB", "handback.webhook.delivery-timeout=2s")
        .run(
            context -> {
              assertEquals(10 * 1024, context.getBean(WebhookEndpoint.class).maxBodyBytes());
              assertEquals(
                  Duration.ofSeconds(2),
                  context.getBean(HandbackProperties.class).getWebhook().getDeliveryTimeout());
            });
  }

  @Test
  void sealedOnlyNeedsAHandleSealerBean() {
    web.withUserConfiguration(Temporal.class)
        .withPropertyValues("handback.webhook.sealed-only=true")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessage("sealedOnly() needs a sealer(HandleSealer)"));
    web.withUserConfiguration(Temporal.class)
        .withBean(
            HandleSealer.class,
            () ->
                HandleSealer.builder()
                    .signingKey(
                        "k1", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8))
                    .timeToLive(Duration.ofDays(7))
                    .build())
        .withPropertyValues("handback.webhook.sealed-only=true")
        .run(context -> assertThat(context).hasSingleBean(WebhookEndpoint.class));
  }

  @Test
  void theBasePathLosesATrailingSlashAndMustBeAbsolute() {
    assertEquals("/hooks", HandbackAutoConfiguration.Webhook.basePath("/hooks/"));
    assertEquals("/api/hooks", HandbackAutoConfiguration.Webhook.basePath("/api/hooks"));
    IllegalArgumentException relative =
        assertThrows(
            IllegalArgumentException.class,
            () -> HandbackAutoConfiguration.Webhook.basePath("hooks"));
    assertEquals(
        "handback.webhook.path must start with '/' and name a path below it, such as"
            + " '/handback': 'hooks'",
        relative.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> HandbackAutoConfiguration.Webhook.basePath("/"));
  }

  @Test
  void aModelOfAnotherVersionStopsTheApplicationWithWhatToDo(@TempDir Path classes)
      throws Exception {
    Path model = classes.resolve("META-INF/handback/com.example.Future.json");
    Files.createDirectories(model.getParent());
    Files.writeString(model, "{\"modelVersion\": 2, \"generated\": {\"completer\": \"x.Y\"}}");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> GeneratedCompleters.find(loader));
      assertThat(refused.getMessage())
          .endsWith(
              "has Handback model version 2, and handback-spring-boot-starter reads version 1:"
                  + " use the same Handback version for the processor and the starter");
    }
  }

  @Test
  void aModelWhoseCompleterIsMissingStopsTheApplicationWithWhatToDo(@TempDir Path classes)
      throws Exception {
    Path model = classes.resolve("META-INF/handback/com.example.Gone.json");
    Files.createDirectories(model.getParent());
    Files.writeString(
        model,
        "{\"modelVersion\": 1, \"generated\": {\"completer\": \"com.example.GoneCompleter\"}}");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> GeneratedCompleters.find(loader));
      assertThat(refused.getMessage())
          .contains("names the completer com.example.GoneCompleter, which is not on the class path")
          .endsWith("Rebuild with 'mvn clean'");
    }
  }

  @Test
  void anInterfaceWithoutACompleterHasNoBean(@TempDir Path classes) throws Exception {
    Path model = classes.resolve("META-INF/handback/com.example.Polling.json");
    Files.createDirectories(model.getParent());
    Files.writeString(model, "{\"modelVersion\": 1, \"generated\": {\"completer\": null}}");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertThat(GeneratedCompleters.find(loader).classes())
          .contains(ReviewDeskCompleter.class, SigningDeskCompleter.class)
          .allMatch(type -> type.getSimpleName().endsWith("Completer"));
    }
  }
}
