package dev.handback.maven;

import java.io.File;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when an activity breaks the policy configured here, with one line per violation
 * naming the interface and method in the build's failure message. Runs right after compilation,
 * before any test.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  /** The compiled classes, with the models the processor wrote under {@code META-INF/handback}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /**
   * The longest start-to-close (or, when a method sets none, schedule-to-close) an activity may
   * declare without a heartbeat timeout, as an ISO-8601 duration such as {@code PT1H}. Not set: no
   * limit.
   */
  @Parameter(property = "handback.maxStartToCloseWithoutHeartbeat")
  private String maxStartToCloseWithoutHeartbeat;

  /** Whether every asynchronously completed activity must set a heartbeat timeout. */
  @Parameter(defaultValue = "false", property = "handback.requireHeartbeatForAsyncCompletion")
  private boolean requireHeartbeatForAsyncCompletion;

  /**
   * The task queues an activity may declare; empty allows any. An activity that declares none runs
   * on its workflow's task queue and always passes.
   */
  @Parameter(property = "handback.allowedTaskQueues")
  private List<String> allowedTaskQueues = new ArrayList<>();

  /**
   * The paths an activity may use: {@code completion}, {@code signal}, {@code polling}; empty
   * allows any.
   */
  @Parameter(property = "handback.allowedPaths")
  private List<String> allowedPaths = new ArrayList<>();

  /** Skips this goal. */
  @Parameter(defaultValue = "false", property = "handback.check.skip")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the Handback policy check (handback.check.skip)");
      return;
    }
    List<String> violations;
    try {
      List<HandbackModel> models = new ModelReader().read(classesDirectory.toPath());
      violations = new PolicyChecker(policy()).check(models);
      if (violations.isEmpty()) {
        getLog().info("Handback policy: " + count(models) + " activities checked, no violation");
        return;
      }
    } catch (ModelException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    // Maven prints the failure's message once, line by line, at the end of the build: logging
    // the violations here as well would show each one twice.
    throw new MojoFailureException(failure(violations));
  }

  /** One line saying how many, then one indented line per violation. */
  private static String failure(List<String> violations) {
    return violations.size()
        + (violations.size() == 1 ? " Handback policy violation:" : " Handback policy violations:")
        + "\n  "
        + String.join("\n  ", violations);
  }

  private Policy policy() throws MojoExecutionException {
    Optional<Duration> max = Optional.empty();
    if (maxStartToCloseWithoutHeartbeat != null && !maxStartToCloseWithoutHeartbeat.isBlank()) {
      try {
        max = Optional.of(Duration.parse(maxStartToCloseWithoutHeartbeat.trim()));
      } catch (DateTimeParseException e) {
        throw new MojoExecutionException(
            "<maxStartToCloseWithoutHeartbeat> '"
                + maxStartToCloseWithoutHeartbeat
                + "' is not an ISO-8601 duration; write for example PT1H or P1D");
      }
    }
    return new Policy(max, requireHeartbeatForAsyncCompletion, allowedTaskQueues, allowedPaths);
  }

  private static int count(List<HandbackModel> models) {
    return models.stream().mapToInt(model -> model.methods().size()).sum();
  }
}
