package dev.handback.spring;

import dev.handback.runtime.seal.HandleSealer;
import dev.handback.webhook.WebhookEndpoint;
import io.temporal.client.WorkflowClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Handback in a Spring Boot application that uses Temporal's Spring Boot starter: once its {@code
 * WorkflowClient} bean is there, every generated {@code FooCompleter} of the application becomes a
 * bean made from that client, injectable by type, and a servlet web application serves the webhook
 * protocol under {@code handback.webhook.path} ({@code /handback} by default). Every reply is
 * counted on the metrics scope of the client's stubs, which Temporal's starter reports to the
 * application's Micrometer registry.
 */
@AutoConfiguration(
    afterName = "io.temporal.spring.boot.autoconfigure.RootNamespaceAutoConfiguration")
@ConditionalOnClass(WorkflowClient.class)
@ConditionalOnBean(WorkflowClient.class)
@EnableConfigurationProperties(HandbackProperties.class)
@Import({CompleterRegistrar.class, HandbackAutoConfiguration.Webhook.class})
public class HandbackAutoConfiguration {

  /** The webhook endpoint, in a servlet web application with Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(DispatcherServlet.class)
  @ConditionalOnProperty(
      prefix = "handback.webhook",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class Webhook {

    @Bean(destroyMethod = "close")
    WebhookEndpoint handbackWebhookEndpoint(
        WorkflowClient client,
        @Qualifier(CompleterRegistrar.CATALOG) GeneratedCompleters completers,
        HandbackProperties properties,
        ObjectProvider<HandleSealer> sealer) {
      HandbackProperties.Webhook webhook = properties.getWebhook();
      WebhookEndpoint.Builder builder =
          WebhookEndpoint.builder(client)
              .routes(completers.routes())
              .maxBodyBytes(Math.toIntExact(webhook.getMaxBodySize().toBytes()))
              .deliveryTimeout(webhook.getDeliveryTimeout())
              .deliveryThreads(webhook.getDeliveryThreads())
              .maxQueuedDeliveries(webhook.getMaxQueuedDeliveries())
              .remember(webhook.getRemember());
      sealer.ifAvailable(builder::sealer);
      if (webhook.isSealedOnly()) {
        builder.sealedOnly();
      }
      return builder.build();
    }

    @Bean
    RouterFunction<ServerResponse> handbackWebhookRoutes(
        WebhookEndpoint handbackWebhookEndpoint, HandbackProperties properties) {
      return WebhookRoutes.of(handbackWebhookEndpoint, basePath(properties.getWebhook().getPath()));
    }

    /** {@code path} without a trailing '/'. */
    static String basePath(String path) {
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      if (trimmed.isEmpty() || !trimmed.startsWith("/")) {
        throw new IllegalArgumentException(
            "handback.webhook.path must start with '/' and name a path below it, such as"
                + " '/handback': '"
                + path
                + "'");
      }
      return trimmed;
    }
  }
}
