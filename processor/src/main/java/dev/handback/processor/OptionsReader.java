package dev.handback.processor;

import dev.handback.processor.model.ActivityOptionsModel;
import dev.handback.processor.model.DurationValue;
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
 * Reads the activity options of one {@code @AsyncCompletable} and checks them against Temporal's
 * rules, reporting each problem on the attribute that causes it.
 */
final class OptionsReader {
  static final String ASYNC_COMPLETABLE = "dev.handback.AsyncCompletable";

  private final Elements elements;

  OptionsReader(Elements elements) {
    this.elements = elements;
  }

  /**
   * The options of {@code mirror}, which annotates {@code element}; problems go to {@code report},
   * and the returned model is only meaningful if none was an error.
   */
  ActivityOptionsModel read(Element element, AnnotationMirror mirror, ValidationReport report) {
    AnnotationAttributes attributes = new AnnotationAttributes(elements, mirror);
    DurationReader durations = new DurationReader(element, mirror, report);
    Optional<DurationValue> startToClose = durations.read(attributes, "startToClose", "startToClose");
    Optional<DurationValue> scheduleToClose =
        durations.read(attributes, "scheduleToClose", "scheduleToClose");
    Optional<DurationValue> scheduleToStart =
        durations.read(attributes, "scheduleToStart", "scheduleToStart");
    Optional<DurationValue> heartbeat = durations.read(attributes, "heartbeat", "heartbeat");

    if (attributes.string("startToClose").isBlank()
        && attributes.string("scheduleToClose").isBlank()) {
      report.report(
          Message.MISSING_CLOSE_TIMEOUT, element, mirror, null, "AsyncCompletable", describe(element));
    }
    if (startToClose.isPresent() && scheduleToClose.isPresent()
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

    String taskQueue = attributes.string("taskQueue");
    RetryModel retry = readRetry(attributes, durations, element, mirror, report);
    return new ActivityOptionsModel(
        startToClose,
        scheduleToClose,
        scheduleToStart,
        heartbeat,
        taskQueue.isBlank() ? Optional.empty() : Optional.of(taskQueue.strip()),
        retry,
        attributes.enumConstant("cancellationType"));
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
      return new RetryModel(Optional.empty(), OptionalDouble.empty(), Optional.empty(), 0, List.of());
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
          Message.NON_FINITE_BACKOFF, element, mirror, retry.written("backoffCoefficient"), backoff);
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
    List<String> doNotRetry = new ArrayList<>();
    for (AnnotationValue entry : retry.list("doNotRetry")) {
      String type = ((String) entry.getValue()).strip();
      if (type.isEmpty()) {
        report.report(Message.BLANK_DO_NOT_RETRY, element, mirror, entry);
      } else {
        doNotRetry.add(type);
      }
    }
    return new RetryModel(
        initial,
        backoff == 0 ? OptionalDouble.empty() : OptionalDouble.of(backoff),
        maximum,
        Math.max(maximumAttempts, 0),
        doNotRetry);
  }

  private static boolean shorter(DurationValue a, DurationValue b) {
    return a.duration().compareTo(b.duration()) < 0;
  }

  static String describe(Element element) {
    return element.getKind().isInterface()
        ? element.toString()
        : element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName() + "()";
  }

  /** Parses the duration attributes of one annotation, reporting malformed and non-positive ones. */
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
