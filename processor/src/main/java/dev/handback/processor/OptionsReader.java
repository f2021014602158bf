package dev.handback.processor;

import dev.handback.processor.model.ActivityOptionsModel;
import dev.handback.processor.model.DurationValue;
import dev.handback.processor.model.ResultPath;
import dev.handback.processor.model.RetryModel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Reads the activity options of one path annotation ({@code @AsyncCompletable},
 * {@code @ExternalResult} or {@code @Polled}) and checks them against Temporal's rules, reporting
 * each problem on the attribute that causes it. The two annotations that spell out activity options
 * share one reading of durations and retries.
 */
final class OptionsReader {
  /**
   * Temporal's initial retry interval when none is set ({@code RetryOptions
   * #DEFAULT_INITIAL_INTERVAL}, and the server's default retry policy).
   */
  static final Duration DEFAULT_INITIAL_INTERVAL = Duration.ofSeconds(1);

  /**
   * Temporal refuses task queue names with this prefix (the server's {@code tqid.Validate}: "task
   * queue name cannot start with reserved prefix /_sys/").
   */
  static final String RESERVED_TASK_QUEUE_PREFIX = "/_sys/";

  /**
   * The server's default limit on names and ids, task queues included ({@code maxIDLengthLimit}).
   */
  static final int MAX_TASK_QUEUE_BYTES = 1000;

  /** The exception a {@code @Polled} method throws to ask for the next poll. */
  static final String NOT_READY_YET = "dev.handback.runtime.NotReadyYetException";

  private final Elements elements;

  OptionsReader(Elements elements) {
    this.elements = elements;
  }

  /** A path annotation as found on an interface or a method. */
  record PathAnnotation(ResultPath path, Element element, AnnotationMirror mirror) {}

  /**
   * What one path annotation declares.
   *
   * @param signal the {@code @ExternalResult} signal as written (empty: the default name)
   * @param timeout the {@code @ExternalResult} wait
   * @param retryExternalFailures whether an {@code @AsyncCompletable} method's retry policy also
   *     retries the failures its external party reports (on other paths they are always final)
   */
  record PathSettings(
      PathAnnotation annotation,
      ActivityOptionsModel options,
      String signal,
      Optional<DurationValue> timeout,
      boolean retryExternalFailures) {}

  /**
   * The settings of {@code annotation}; problems go to {@code report}, and the returned settings
   * are only meaningful if none was an error.
   */
  PathSettings read(PathAnnotation annotation, ValidationReport report) {
    AnnotationAttributes attributes = new AnnotationAttributes(elements, annotation.mirror());
    Positions at = new Positions(annotation.element(), annotation.mirror());
    DurationReader durations = new DurationReader(at, report);
    if (annotation.path() == ResultPath.POLLED) {
      return new PathSettings(
          annotation, readPolled(attributes, at, durations, report), "", Optional.empty(), false);
    }
    ActivityOptionsModel options = readOptions(annotation, attributes, at, durations, report);
    if (annotation.path() == ResultPath.ASYNC_COMPLETION) {
      boolean retryExternalFailures =
          attributes
              .written("retryExternalFailures")
              .map(value -> (Boolean) value.getValue())
              .orElse(false);
      return new PathSettings(annotation, options, "", Optional.empty(), retryExternalFailures);
    }
    String signal = attributes.string("signal");
    if (!signal.isEmpty() && signal.isBlank()) {
      report.report(Message.BLANK_SIGNAL_NAME, at.value(attributes, "signal"), signal);
    }
    return new PathSettings(
        annotation,
        options,
        signal.strip(),
        durations.read(attributes, "timeout", "timeout"),
        false);
  }

  private ActivityOptionsModel readOptions(
      PathAnnotation annotation,
      AnnotationAttributes attributes,
      Positions at,
      DurationReader durations,
      ValidationReport report) {
    Optional<DurationValue> startToClose =
        durations.read(attributes, "startToClose", "startToClose");
    Optional<DurationValue> scheduleToClose =
        durations.read(attributes, "scheduleToClose", "scheduleToClose");
    Optional<DurationValue> scheduleToStart =
        durations.read(attributes, "scheduleToStart", "scheduleToStart");
    Optional<DurationValue> heartbeat = durations.read(attributes, "heartbeat", "heartbeat");

    if (attributes.string("startToClose").isBlank()
        && attributes.string("scheduleToClose").isBlank()) {
      report.report(
          Message.MISSING_CLOSE_TIMEOUT,
          at.annotation(),
          annotation.path().annotationName(),
          describe(annotation.element()));
    }
    if (startToClose.isPresent()
        && scheduleToClose.isPresent()
        && shorter(scheduleToClose.get(), startToClose.get())) {
      report.report(
          Message.SCHEDULE_TO_CLOSE_BELOW_START_TO_CLOSE,
          at.value(attributes, "scheduleToClose"),
          scheduleToClose.get().text(),
          startToClose.get().text());
    }
    // The server cuts scheduleToStart to scheduleToClose (the test server's
    // TestWorkflowMutableStateImpl#validateScheduleActivityTask does the same).
    if (scheduleToStart.isPresent()
        && scheduleToClose.isPresent()
        && shorter(scheduleToClose.get(), scheduleToStart.get())) {
      report.report(
          Message.SCHEDULE_TO_START_BEYOND_SCHEDULE_TO_CLOSE,
          at.value(attributes, "scheduleToStart"),
          scheduleToStart.get().text(),
          scheduleToClose.get().text());
    }
    heartbeat.ifPresent(
        beat -> {
          Optional<DurationValue> limit = startToClose.isPresent() ? startToClose : scheduleToClose;
          String limitName = startToClose.isPresent() ? "startToClose" : "scheduleToClose";
          if (limit.isPresent() && !shorter(beat, limit.get())) {
            report.report(
                Message.HEARTBEAT_NOT_SHORTER,
                at.value(attributes, "heartbeat"),
                beat.text(),
                limitName,
                limit.get().text());
          }
        });

    RetryModel retry = readRetry(attributes, at, durations, report);
    return new ActivityOptionsModel(
        startToClose,
        scheduleToClose,
        scheduleToStart,
        heartbeat,
        taskQueue(attributes, at, report),
        retry,
        attributes.has("cancellationType")
            ? Optional.of(attributes.enumConstant("cancellationType"))
            : Optional.empty());
  }

  /**
   * {@code @Polled} as activity options: a fixed retry interval, unlimited attempts within {@code
   * giveUpAfter}, and {@code attemptTimeout} per poll.
   */
  private ActivityOptionsModel readPolled(
      AnnotationAttributes attributes,
      Positions at,
      DurationReader durations,
      ValidationReport report) {
    Optional<DurationValue> every = durations.read(attributes, "every", "every");
    Optional<DurationValue> giveUpAfter = durations.read(attributes, "giveUpAfter", "giveUpAfter");
    Optional<DurationValue> attemptTimeout =
        durations.read(attributes, "attemptTimeout", "attemptTimeout");
    if (every.isPresent() && giveUpAfter.isPresent() && !shorter(every.get(), giveUpAfter.get())) {
      report.report(
          Message.POLL_GIVES_UP_BEFORE_SECOND_POLL,
          at.value(attributes, "giveUpAfter"),
          giveUpAfter.get().text(),
          every.get().text());
    }
    if (attemptTimeout.isPresent()
        && giveUpAfter.isPresent()
        && !shorter(attemptTimeout.get(), giveUpAfter.get())) {
      report.report(
          Message.POLL_ATTEMPT_OUTLASTS_GIVE_UP,
          attributes.written("attemptTimeout").isPresent()
              ? at.value(attributes, "attemptTimeout")
              : at.value(attributes, "giveUpAfter"),
          attemptTimeout.get().text(),
          giveUpAfter.get().text());
    }
    List<String> doNotRetry = doNotRetry(attributes, "doNotRetry", at, report);
    for (AnnotationValue entry :
        attributes.written("doNotRetry").isPresent()
            ? attributes.list("doNotRetry")
            : List.<AnnotationValue>of()) {
      String type = ((String) entry.getValue()).strip();
      if (type.equals(NOT_READY_YET) || type.equals("NotReadyYetException")) {
        report.report(Message.NOT_READY_YET_NOT_RETRIED, at.entry(entry), type);
      }
    }
    RetryModel retry = new RetryModel(every, OptionalDouble.of(1.0), every, 0, doNotRetry);
    return new ActivityOptionsModel(
        attemptTimeout,
        giveUpAfter,
        Optional.empty(),
        Optional.empty(),
        taskQueue(attributes, at, report),
        retry,
        Optional.empty());
  }

  /**
   * The task queue as written, stripped; empty means the workflow's own. Temporal's server refuses
   * an empty name, one with its reserved prefix, and one longer than its id limit ({@code
   * tqid.Validate}).
   */
  private static Optional<String> taskQueue(
      AnnotationAttributes attributes, Positions at, ValidationReport report) {
    String taskQueue = attributes.string("taskQueue");
    if (taskQueue.isEmpty()) {
      return Optional.empty();
    }
    DiagnosticPosition position = at.value(attributes, "taskQueue");
    String name = taskQueue.strip();
    if (name.isEmpty()) {
      report.report(Message.BLANK_TASK_QUEUE, position, taskQueue);
    } else if (name.startsWith(RESERVED_TASK_QUEUE_PREFIX)) {
      report.report(
          Message.TASK_QUEUE_REFUSED,
          position,
          name,
          "starts with \""
              + RESERVED_TASK_QUEUE_PREFIX
              + "\", the prefix of the server's own queues");
    } else if (name.getBytes(StandardCharsets.UTF_8).length > MAX_TASK_QUEUE_BYTES) {
      report.report(
          Message.TASK_QUEUE_REFUSED,
          position,
          name.substring(0, 20) + "…",
          "is longer than " + MAX_TASK_QUEUE_BYTES + " bytes");
    }
    return Optional.of(name);
  }

  private RetryModel readRetry(
      AnnotationAttributes outer, Positions at, DurationReader durations, ValidationReport report) {
    if (outer.written("retry").isEmpty()) {
      // An omitted retry means @Retry with every default. Reading those defaults is not safe: if
      // no source mentions @Retry, javac loads Retry.class during processing and, until a later
      // round, hands out internal proxies for its array defaults, which throw on getValue().
      return new RetryModel(
          Optional.empty(), OptionalDouble.empty(), Optional.empty(), 0, List.of());
    }
    AnnotationAttributes retry = new AnnotationAttributes(elements, outer.annotation("retry"));
    Optional<DurationValue> initial =
        durations.read(retry, "initialInterval", "retry.initialInterval");
    Optional<DurationValue> maximum =
        durations.read(retry, "maximumInterval", "retry.maximumInterval");
    // RetryOptions#validate and the server compare against the initial interval in force, which
    // is Temporal's default of one second when none is written.
    Duration effectiveInitial =
        initial.map(DurationValue::duration).orElse(DEFAULT_INITIAL_INTERVAL);
    if (maximum.isPresent()
        && maximum.get().duration().compareTo(effectiveInitial) < 0
        && (initial.isPresent() || retry.string("initialInterval").isBlank())) {
      report.report(
          Message.MAXIMUM_INTERVAL_BELOW_INITIAL,
          at.value(retry, "maximumInterval"),
          maximum.get().text(),
          initial
              .map(value -> "retry.initialInterval = \"" + value.text() + "\"")
              .orElse(
                  "Temporal's default initial interval of 1 second (retry.initialInterval"
                      + " is not set)"));
    }
    double backoff = retry.doubleValue("backoffCoefficient");
    if (!Double.isFinite(backoff)) {
      report.report(Message.NON_FINITE_BACKOFF, at.value(retry, "backoffCoefficient"), backoff);
    } else if (backoff != 0 && !(backoff >= 1.0)) {
      report.report(Message.BACKOFF_BELOW_ONE, at.value(retry, "backoffCoefficient"), backoff);
    }
    int maximumAttempts = retry.intValue("maximumAttempts");
    if (maximumAttempts < 0) {
      report.report(
          Message.NEGATIVE_MAXIMUM_ATTEMPTS, at.value(retry, "maximumAttempts"), maximumAttempts);
    }
    return new RetryModel(
        initial,
        backoff == 0 ? OptionalDouble.empty() : OptionalDouble.of(backoff),
        maximum,
        Math.max(maximumAttempts, 0),
        doNotRetry(retry, "retry.doNotRetry", at, report));
  }

  private static List<String> doNotRetry(
      AnnotationAttributes attributes, String label, Positions at, ValidationReport report) {
    List<String> doNotRetry = new ArrayList<>();
    if (attributes.written("doNotRetry").isEmpty()) {
      // The default is empty; like retry's defaults it is not read from a class file (see
      // readRetry).
      return doNotRetry;
    }
    for (AnnotationValue entry : attributes.list("doNotRetry")) {
      String type = ((String) entry.getValue()).strip();
      if (type.isEmpty()) {
        report.report(Message.BLANK_DO_NOT_RETRY, at.entry(entry), label);
      } else {
        doNotRetry.add(type);
      }
    }
    return doNotRetry;
  }

  private static boolean shorter(DurationValue a, DurationValue b) {
    return a.duration().compareTo(b.duration()) < 0;
  }

  static String describe(Element element) {
    return element.getKind().isInterface()
        ? element.toString()
        : element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName() + "()";
  }

  /** Positions on one annotation of one element. */
  record Positions(Element element, AnnotationMirror mirror) {
    DiagnosticPosition annotation() {
      return DiagnosticPosition.of(element, mirror);
    }

    /** On attribute {@code name} of {@code attributes} where written, else on the annotation. */
    DiagnosticPosition value(AnnotationAttributes attributes, String name) {
      return DiagnosticPosition.of(element, mirror, attributes.written(name));
    }

    /** On one entry of an array attribute. */
    DiagnosticPosition entry(AnnotationValue entry) {
      return DiagnosticPosition.of(element, mirror, Optional.of(entry));
    }
  }

  /**
   * Parses the duration attributes of one annotation, reporting those Temporal cannot take:
   * malformed, not positive, beyond a protobuf {@code Duration}, or finer than the milliseconds
   * Temporal sends ({@code io.temporal.internal.common.ProtobufTimeUtils#toProtoDuration}).
   */
  private static final class DurationReader {
    /** The largest protobuf {@code Duration}: 10,000 years ({@code Durations.MAX_SECONDS}). */
    static final long MAX_SECONDS = 315_576_000_000L;

    private final Positions at;
    private final ValidationReport report;

    DurationReader(Positions at, ValidationReport report) {
      this.at = at;
      this.report = report;
    }

    Optional<DurationValue> read(AnnotationAttributes attributes, String name, String label) {
      String text = attributes.string(name).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      DiagnosticPosition position = at.value(attributes, name);
      Duration duration;
      try {
        duration = Duration.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        boolean overflow = e.getCause() instanceof ArithmeticException;
        report.report(
            overflow ? Message.DURATION_TOO_LONG : Message.MALFORMED_DURATION,
            position,
            label,
            text);
        return Optional.empty();
      }
      if (duration.compareTo(Duration.ZERO) <= 0) {
        report.report(Message.NON_POSITIVE_DURATION, position, label, text, fix(attributes, name));
        return Optional.empty();
      }
      if (duration.getSeconds() > MAX_SECONDS) {
        report.report(Message.DURATION_TOO_LONG, position, label, text);
        return Optional.empty();
      }
      if (duration.getNano() % 1_000_000 != 0) {
        report.report(
            Message.DURATION_BELOW_MILLISECOND,
            position,
            label,
            text,
            duration.toMillis() == 0 ? ", so this one would be zero, which means not set" : "");
        return Optional.empty();
      }
      return Optional.of(new DurationValue(text, duration));
    }

    /** How to fix a duration that is not positive, by what leaving it out would mean. */
    private static String fix(AnnotationAttributes attributes, String name) {
      Optional<Object> declared = attributes.declaredDefault(name);
      if (declared.isEmpty()) {
        return "give a positive duration, for example \"P7D\"";
      }
      if ("".equals(declared.get())) {
        return "give a positive duration, or leave it empty for Temporal's default";
      }
      return "give a positive duration, or remove it for its default of \"" + declared.get() + "\"";
    }
  }
}
