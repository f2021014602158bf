package dev.handback.processor;

import dev.handback.processor.model.ActivityOptionsModel;
import dev.handback.processor.model.DurationValue;
import dev.handback.processor.model.HandleScope;
import dev.handback.processor.model.ResultPath;
import dev.handback.processor.model.RetryModel;
import java.time.Duration;
import java.time.format.DateTimeParseException;
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
   * @param handleScope the {@code @AsyncCompletable} handle scope ({@code ACTIVITY} elsewhere)
   */
  record PathSettings(
      PathAnnotation annotation,
      ActivityOptionsModel options,
      String signal,
      Optional<DurationValue> timeout,
      HandleScope handleScope) {}

  /**
   * The settings of {@code annotation}; problems go to {@code report}, and the returned settings
   * are only meaningful if none was an error.
   */
  PathSettings read(PathAnnotation annotation, ValidationReport report) {
    AnnotationAttributes attributes = new AnnotationAttributes(elements, annotation.mirror());
    DurationReader durations =
        new DurationReader(annotation.element(), annotation.mirror(), report);
    if (annotation.path() == ResultPath.POLLED) {
      return new PathSettings(
          annotation,
          readPolled(annotation, attributes, durations, report),
          "",
          Optional.empty(),
          HandleScope.ACTIVITY);
    }
    ActivityOptionsModel options = readOptions(annotation, attributes, durations, report);
    if (annotation.path() == ResultPath.ASYNC_COMPLETION) {
      HandleScope scope =
          attributes.has("handleScope")
              ? HandleScope.valueOf(attributes.enumConstant("handleScope"))
              : HandleScope.ACTIVITY;
      return new PathSettings(annotation, options, "", Optional.empty(), scope);
    }
    String signal = attributes.string("signal");
    if (!signal.isEmpty() && signal.isBlank()) {
      report.report(
          Message.BLANK_SIGNAL_NAME,
          annotation.element(),
          annotation.mirror(),
          attributes.written("signal"),
          signal);
    }
    return new PathSettings(
        annotation,
        options,
        signal.strip(),
        durations.read(attributes, "timeout", "timeout"),
        HandleScope.ACTIVITY);
  }

  private ActivityOptionsModel readOptions(
      PathAnnotation annotation,
      AnnotationAttributes attributes,
      DurationReader durations,
      ValidationReport report) {
    Element element = annotation.element();
    AnnotationMirror mirror = annotation.mirror();
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
          element,
          mirror,
          null,
          annotation.path().annotationName(),
          describe(element));
    }
    if (startToClose.isPresent()
        && scheduleToClose.isPresent()
        && shorter(scheduleToClose.get(), startToClose.get())) {
      report.report(
          Message.SCHEDULE_TO_CLOSE_BELOW_START_TO_CLOSE,
          element,
          mirror,
          attributes.written("scheduleToClose"),
          scheduleToClose.get().text(),
          startToClose.get().text());
    }
    heartbeat.ifPresent(
        beat -> {
          Optional<DurationValue> limit = startToClose.isPresent() ? startToClose : scheduleToClose;
          String limitName = startToClose.isPresent() ? "startToClose" : "scheduleToClose";
          if (limit.isPresent() && !shorter(beat, limit.get())) {
            report.report(
                Message.HEARTBEAT_NOT_SHORTER,
                element,
                mirror,
                attributes.written("heartbeat"),
                beat.text(),
                limitName,
                limit.get().text());
          }
        });

    RetryModel retry = readRetry(attributes, durations, element, mirror, report);
    return new ActivityOptionsModel(
        startToClose,
        scheduleToClose,
        scheduleToStart,
        heartbeat,
        taskQueue(attributes),
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
      PathAnnotation annotation,
      AnnotationAttributes attributes,
      DurationReader durations,
      ValidationReport report) {
    Optional<DurationValue> every = durations.read(attributes, "every", "every");
    Optional<DurationValue> giveUpAfter = durations.read(attributes, "giveUpAfter", "giveUpAfter");
    Optional<DurationValue> attemptTimeout =
        durations.read(attributes, "attemptTimeout", "attemptTimeout");
    if (every.isPresent() && giveUpAfter.isPresent() && shorter(giveUpAfter.get(), every.get())) {
      report.report(
          Message.POLL_GIVES_UP_BEFORE_SECOND_POLL,
          annotation.element(),
          annotation.mirror(),
          attributes.written("giveUpAfter"),
          giveUpAfter.get().text(),
          every.get().text());
    }
    if (attemptTimeout.isPresent()
        && giveUpAfter.isPresent()
        && shorter(giveUpAfter.get(), attemptTimeout.get())) {
      report.report(
          Message.POLL_ATTEMPT_OUTLASTS_GIVE_UP,
          annotation.element(),
          annotation.mirror(),
          attributes.written("attemptTimeout") != null
              ? attributes.written("attemptTimeout")
              : attributes.written("giveUpAfter"),
          attemptTimeout.get().text(),
          giveUpAfter.get().text());
    }
    RetryModel retry =
        new RetryModel(
            every,
            OptionalDouble.of(1.0),
            every,
            0,
            doNotRetry(
                attributes, "doNotRetry", annotation.element(), annotation.mirror(), report));
    return new ActivityOptionsModel(
        attemptTimeout,
        giveUpAfter,
        Optional.empty(),
        Optional.empty(),
        taskQueue(attributes),
        retry,
        Optional.empty());
  }

  private static Optional<String> taskQueue(AnnotationAttributes attributes) {
    String taskQueue = attributes.string("taskQueue");
    return taskQueue.isBlank() ? Optional.empty() : Optional.of(taskQueue.strip());
  }

  private RetryModel readRetry(
      AnnotationAttributes outer,
      DurationReader durations,
      Element element,
      AnnotationMirror mirror,
      ValidationReport report) {
    if (outer.written("retry") == null) {
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
    if (initial.isPresent() && maximum.isPresent() && shorter(maximum.get(), initial.get())) {
      report.report(
          Message.MAXIMUM_INTERVAL_BELOW_INITIAL,
          element,
          mirror,
          retry.written("maximumInterval"),
          maximum.get().text(),
          initial.get().text());
    }
    double backoff = retry.doubleValue("backoffCoefficient");
    if (!Double.isFinite(backoff)) {
      report.report(
          Message.NON_FINITE_BACKOFF,
          element,
          mirror,
          retry.written("backoffCoefficient"),
          backoff);
    } else if (backoff != 0 && !(backoff >= 1.0)) {
      report.report(
          Message.BACKOFF_BELOW_ONE, element, mirror, retry.written("backoffCoefficient"), backoff);
    }
    int maximumAttempts = retry.intValue("maximumAttempts");
    if (maximumAttempts < 0) {
      report.report(
          Message.NEGATIVE_MAXIMUM_ATTEMPTS,
          element,
          mirror,
          retry.written("maximumAttempts"),
          maximumAttempts);
    }
    return new RetryModel(
        initial,
        backoff == 0 ? OptionalDouble.empty() : OptionalDouble.of(backoff),
        maximum,
        Math.max(maximumAttempts, 0),
        doNotRetry(retry, "retry.doNotRetry", element, mirror, report));
  }

  private static List<String> doNotRetry(
      AnnotationAttributes attributes,
      String label,
      Element element,
      AnnotationMirror mirror,
      ValidationReport report) {
    List<String> doNotRetry = new ArrayList<>();
    if (attributes.written("doNotRetry") == null) {
      // The default is empty; like retry's defaults it is not read from a class file (see
      // readRetry).
      return doNotRetry;
    }
    for (AnnotationValue entry : attributes.list("doNotRetry")) {
      String type = ((String) entry.getValue()).strip();
      if (type.isEmpty()) {
        report.report(Message.BLANK_DO_NOT_RETRY, element, mirror, entry, label);
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

  /**
   * Parses the duration attributes of one annotation, reporting malformed and non-positive ones.
   */
  private static final class DurationReader {
    private final Element element;
    private final AnnotationMirror mirror;
    private final ValidationReport report;

    DurationReader(Element element, AnnotationMirror mirror, ValidationReport report) {
      this.element = element;
      this.mirror = mirror;
      this.report = report;
    }

    Optional<DurationValue> read(AnnotationAttributes attributes, String name, String label) {
      String text = attributes.string(name).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      AnnotationValue written = attributes.written(name);
      try {
        DurationValue value = DurationValue.parse(text);
        if (value.duration().compareTo(Duration.ZERO) <= 0) {
          report.report(Message.NON_POSITIVE_DURATION, element, mirror, written, label, text);
          return Optional.empty();
        }
        return Optional.of(value);
      } catch (DateTimeParseException e) {
        report.report(Message.MALFORMED_DURATION, element, mirror, written, label, text);
        return Optional.empty();
      }
    }
  }
}
