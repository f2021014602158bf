package dev.handback.samples.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample as the README's command runs it, in this JVM: on Temporal's in-process test server,
 * the outside desk's webhook reply and the reviewer's reply through the completer bean reach their
 * workflows, and Actuator shows both replies under {@code handback_reply}.
 */
class ReviewDeskApplicationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void bothRepliesReachTheirWorkflowsAndActuatorCountsThem() throws Exception {
    try (ConfigurableApplicationContext context =
        SpringApplication.run(ReviewDeskApplication.class, "--server.port=0")) {
      ReviewDemo demo = context.getBean(ReviewDemo.class);
      demo.run();
      assertEquals(
          List.of(
              "'Annual report': approved by ada (ship it)",
              "'Press release': rejected by grace (wrong date)"),
          demo.outcomes());

      String metrics =
          "http://localhost:"
              + context.getEnvironment().getProperty("local.server.port")
              + "/actuator/metrics/handback_reply?tag=outcome:completed&tag=path:completion";
      // Temporal's starter reports its metrics scope to Micrometer every ten seconds.
      JsonNode counted = JSON.createObjectNode();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (counted.path("measurements").path(0).path("value").asDouble() < 2
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
        HttpResponse<String> answer =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(metrics)).build(),
                    HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          counted = JSON.readTree(answer.body());
        }
      }
      assertEquals(
          2.0, counted.path("measurements").path(0).path("value").asDouble(), counted.toString());
      assertTrue(
          counted.path("availableTags").toString().contains("ReviewActivities"),
          counted.toString());
    }
  }
}
