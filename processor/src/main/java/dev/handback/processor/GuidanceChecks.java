package dev.handback.processor;

import dev.handback.processor.model.ActivityOptionsModel;
import dev.handback.processor.model.DurationValue;
import java.time.Duration;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Temporal's guidance on activity options, as warnings on the annotation value they are about. Each
 * warning is silenced by {@code @SuppressWarnings("handback:<id>")} on the annotated element or an
 * element enclosing it (see {@link SuppressionFilter}). One method per result path, so a new
 * annotation adds its own method here.
 */
final class GuidanceChecks {
  /**
   * A close timeout above this, without a heartbeat, delays the retry of a lost hand-off (HB101).
   */
  static final Duration LONG_CLOSE_TIMEOUT = Duration.ofHours(1);

  /**
   * On the signal path the activity only hands the request over; a start-to-close above this delays
   * the retry of a lost hand-off for no gain (HB105).
   */
  static final Duration LONG_HAND_OFF = Duration.ofMinutes(10);

  /**
   * Temporal advises polling by activity retries only at intervals of a minute or longer; faster
   * polling belongs in a loop inside one heartbeating activity (HB106).
   */
  static final Duration SHORTEST_RETRY_POLL = Duration.ofMinutes(1);

  private final Elements elements;

  GuidanceChecks(Elements elements) {
    this.elements = elements;
  }

  /**
   * The guidance for an {@code @ExternalResult} activity whose options {@code options} were read
   * without error from {@code mirror} on {@code element}.
   */
  void externalResult(
      Element element,
      AnnotationMirror mirror,
      ActivityOptionsModel options,
      ValidationReport report) {
    Optional<DurationValue> startToClose = options.startToClose();
    if (startToClose.isPresent() && startToClose.get().duration().compareTo(LONG_HAND_OFF) > 0) {
      report.report(
          Message.LONG_HAND_OFF_ON_SIGNAL_PATH,
          DiagnosticPosition.of(
              element, mirror, new AnnotationAttributes(elements, mirror).written("startToClose")),
          startToClose.get().text(),
          human(startToClose.get().duration()));
    }
  }

  /**
   * The guidance for a {@code @Polled} activity whose options {@code options} were read without
   * error from {@code mirror} on {@code element}; its retry interval is the {@code every} value.
   */
  void polled(
      Element element,
      AnnotationMirror mirror,
      ActivityOptionsModel options,
      ValidationReport report) {
    Optional<DurationValue> every = options.retry().initialInterval();
    if (every.isPresent() && every.get().duration().compareTo(SHORTEST_RETRY_POLL) < 0) {
      report.report(
          Message.FREQUENT_POLLING_BY_RETRY,
          DiagnosticPosition.of(
              element, mirror, new AnnotationAttributes(elements, mirror).written("every")),
          every.get().text());
    }
  }

  /**
   * The guidance for an asynchronously completed activity whose settings {@code settings} were read
   * without error from {@code mirror} on {@code element}.
   */
  void asyncCompletion(
      Element element,
      AnnotationMirror mirror,
      OptionsReader.PathSettings settings,
      ValidationReport report) {
    ActivityOptionsModel options = settings.options();
    AnnotationAttributes attributes = new AnnotationAttributes(elements, mirror);
    String closeName = options.startToClose().isPresent() ? "startToClose" : "scheduleToClose";
    Optional<DurationValue> close =
        options.startToClose().isPresent() ? options.startToClose() : options.scheduleToClose();
    if (close.isPresent()
        && options.heartbeat().isEmpty()
        && close.get().duration().compareTo(LONG_CLOSE_TIMEOUT) > 0) {
      report.report(
          Message.LONG_START_TO_CLOSE_WITHOUT_HEARTBEAT,
          DiagnosticPosition.of(element, mirror, attributes.written(closeName)),
          closeName,
          close.get().text(),
          human(close.get().duration()));
    }
    String cancellationType = options.cancellationType().orElse("");
    if (cancellationType.equals("TRY_CANCEL") || cancellationType.equals("ABANDON")) {
      report.report(
          Message.TRY_CANCEL_WITH_ASYNC_COMPLETION,
          DiagnosticPosition.of(element, mirror, attributes.written("cancellationType")),
          cancellationType);
    }
    if (options.retry().maximumAttempts() == 1 && attributes.written("retry").isPresent()) {
      AnnotationAttributes retry =
          new AnnotationAttributes(elements, attributes.annotation("retry"));
      report.report(
          Message.SINGLE_ATTEMPT_HANDOFF,
          DiagnosticPosition.of(element, mirror, retry.written("maximumAttempts")),
          close
              .map(value -> closeName + " = \"" + value.text() + "\"")
              .orElse("the close timeout"));
    }
    if (settings.retryExternalFailures() && retriesWithoutEnd(options)) {
      report.report(
          Message.EXTERNAL_FAILURES_RETRIED_WITHOUT_END,
          DiagnosticPosition.of(element, mirror, attributes.written("retryExternalFailures")));
    }
  }

  /**
   * Whether a failure Temporal may retry is retried without end: no attempt limit, no
   * schedule-to-close, and no error type that stops the retries.
   */
  private static boolean retriesWithoutEnd(ActivityOptionsModel options) {
    return options.retry().maximumAttempts() == 0
        && options.scheduleToClose().isEmpty()
        && options.retry().doNotRetry().isEmpty();
  }

  /** {@code P7D} as "7 days", {@code PT90M} as "1 hour 30 minutes". */
  static String human(Duration duration) {
    StringBuilder text = new StringBuilder();
    append(text, duration.toDaysPart(), "day");
    append(text, duration.toHoursPart(), "hour");
    append(text, duration.toMinutesPart(), "minute");
    append(text, duration.toSecondsPart(), "second");
    return text.length() == 0 ? duration.toString() : text.toString();
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount > 0) {
      text.append(text.length() == 0 ? "" : " ").append(amount).append(' ').append(unit);
      if (amount > 1) {
        text.append('s');
      }
    }
  }
}
