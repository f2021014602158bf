package dev.handback.samples.springboot;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Two documents under review: the outside desk replies to the first over HTTP, logged in, to the
 * webhook the application serves under {@code /handback}; a reviewer decides on the second on the
 * application's own screen, which replies through the completer bean. Prints each decision the
 * workflow received. Run once the application is ready: Temporal's starter starts its workers then.
 */
@Component
public class ReviewDemo {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final WorkflowClient client;
  private final DeskInbox inbox;
  private final Environment environment;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> outcomes = new ArrayList<>();

  public ReviewDemo(WorkflowClient client, DeskInbox inbox, Environment environment) {
    this.client = client;
    this.inbox = inbox;
    this.environment = environment;
  }

  /** What the workflows received, one line each, once the demo ran. */
  public List<String> outcomes() {
    return List.copyOf(outcomes);
  }

  /** Runs the two reviews. */
  public void run() throws IOException, InterruptedException {
    String base =
        "http://localhost:"
            + environment.getProperty("local.server.port")
            + environment.getProperty("server.servlet.context-path", "");
    String run = UUID.randomUUID().toString().substring(0, 8);
    say("Serving on " + base + " (webhook under /handback, metrics under /actuator/metrics)");

    Document report = new Document("report-" + run, "Annual report");
    WorkflowStub first = start(report);
    String handle = inbox.handleFor(report.id(), WAIT);
    say("The outside desk posts its decision on '" + report.title() + "' to the webhook");
    String approved =
        "{\"result\": {\"approved\": true, \"reviewer\": \"ada\", \"comment\": \"ship it\"}}";
    HttpResponse<String> anonymous = post(base + "/handback/" + handle, approved, false);
    say("  without logging in, the webhook answers " + anonymous.statusCode());
    if (anonymous.statusCode() != 401) {
      throw new IllegalStateException("The webhook took a reply from an anonymous caller");
    }
    HttpResponse<String> posted = post(base + "/handback/" + handle, approved, true);
    say("  webhook answered " + posted.statusCode() + " " + posted.body());
    requireOk(posted);
    report(report, first.getResult(ReviewDecision.class));

    Document release = new Document("release-" + run, "Press release");
    WorkflowStub second = start(release);
    inbox.handleFor(release.id(), WAIT);
    say("A reviewer decides on '" + release.title() + "' on the application's own screen");
    HttpResponse<String> decided =
        post(
            base + "/reviews/" + release.id() + "/decision",
            "{\"approved\": false, \"reviewer\": \"grace\", \"comment\": \"wrong date\"}",
            false);
    say("  screen answered " + decided.statusCode() + " " + decided.body());
    requireOk(decided);
    report(release, second.getResult(ReviewDecision.class));
    say("Replies are counted: GET " + base + "/actuator/metrics/handback_reply");
  }

  private WorkflowStub start(Document document) {
    DocumentReviewWorkflow workflow =
        client.newWorkflowStub(
            DocumentReviewWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(ReviewDeskApplication.TASK_QUEUE)
                .setWorkflowId("review-" + document.id())
                .build());
    WorkflowClient.start(workflow::review, document);
    say("Started the review of '" + document.title() + "'");
    return WorkflowStub.fromTyped(workflow);
  }

  private HttpResponse<String> post(String uri, String json, boolean asDesk)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(WAIT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (asDesk) {
      String login = "desk:" + environment.getProperty("sample.desk.password");
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void requireOk(HttpResponse<String> answer) {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  private void report(Document document, ReviewDecision decision) {
    String outcome =
        "'"
            + document.title()
            + "': "
            + (decision.approved() ? "approved" : "rejected")
            + " by "
            + decision.reviewer()
            + " ("
            + decision.comment()
            + ")";
    outcomes.add(outcome);
    say("The workflow received: " + outcome);
  }

  private static void say(String line) {
    System.out.println("[review desk] " + line);
  }
}
