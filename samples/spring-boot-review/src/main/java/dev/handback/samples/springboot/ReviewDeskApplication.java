package dev.handback.samples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A review desk as a Spring Boot application: Temporal's starter runs the workers and gives the
 * {@code WorkflowClient}; Handback's starter, with no configuration, gives the completer bean the
 * reviewers' screen replies through, serves the webhook the outside desk posts to, and counts every
 * reply in Actuator's metrics. It runs {@link ReviewDemo} and exits, or only serves with {@code
 * --sample.serve=true}.
 */
@SpringBootApplication
public class ReviewDeskApplication {
  /** The task queue of the review workflows and activities. */
  public static final String TASK_QUEUE = "review-desk";

  /** Starts the application, then runs the demo and exits unless {@code sample.serve} is true. */
  public static void main(String[] args) throws Exception {
    ConfigurableApplicationContext context =
        SpringApplication.run(ReviewDeskApplication.class, args);
    if (!context.getEnvironment().getProperty("sample.serve", Boolean.class, false)) {
      // The application is ready: Temporal's starter has started the workers.
      context.getBean(ReviewDemo.class).run();
      System.exit(SpringApplication.exit(context));
    }
  }
}
