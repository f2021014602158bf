package dev.handback.processor;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can emit, each with a stable id that tests and the reference page
 * cite. The text says what is wrong and how to fix it.
 */
public enum Message {
  NOT_AN_ACTIVITY_INTERFACE(
      "HB001",
      Diagnostic.Kind.ERROR,
      "@%s is on %s, which is not an @ActivityInterface: annotate the interface with"
          + " @io.temporal.activity.ActivityInterface, or move @%s to one"),
  NOT_AN_ACTIVITY_METHOD(
      "HB002",
      Diagnostic.Kind.ERROR,
      "@%s is on %s, which is not an activity method: put it on an abstract method of an"
          + " @ActivityInterface"),
  UNSUPPORTED_NAME(
      "HB003",
      Diagnostic.Kind.ERROR,
      "The name '%s' cannot be carried by an encoded handle: use ASCII letters, digits and '_'"
          + " for activity interfaces and methods that Handback generates for"),
  GENERIC_ACTIVITY_INTERFACE(
      "HB004",
      Diagnostic.Kind.ERROR,
      "%s has type parameters, and Temporal cannot tell which type an activity of it returns:"
          + " remove the type parameters, or put @%s on a non-generic interface that extends it"),
  INACCESSIBLE_INTERFACE(
      "HB005",
      Diagnostic.Kind.ERROR,
      "%s is private, or nested in a type that is not accessible, so the generated classes beside"
          + " it cannot use it: make it (and every type enclosing it) public or package-private"),
  ACTIVITY_TYPE_COLLISION(
      "HB006",
      Diagnostic.Kind.ERROR,
      "Activity type '%s' of %s is also the activity type of %s, and Temporal registers one"
          + " implementation per type: rename one method, or give it @ActivityMethod(name = ...)"),
  GENERIC_ACTIVITY_METHOD(
      "HB007",
      Diagnostic.Kind.ERROR,
      "%s has type parameters, and Temporal cannot tell which type the activity returns: give it"
          + " a concrete result type"),
  INACCESSIBLE_RESULT_TYPE(
      "HB008",
      Diagnostic.Kind.ERROR,
      "The result type %s of %s is private or not visible from package '%s', where the completer"
          + " is generated: make it public or package-private"),
  MALFORMED_DURATION(
      "HB010",
      Diagnostic.Kind.ERROR,
      "%s = \"%s\" is not an ISO-8601 duration: write it as java.time.Duration.parse reads it, for"
          + " example \"P7D\" (7 days), \"PT1H\" (1 hour) or \"PT30M\" (30 minutes)"),
  NON_POSITIVE_DURATION(
      "HB011",
      Diagnostic.Kind.ERROR,
      "%s = \"%s\" is not longer than zero: give a positive duration, or leave it empty for"
          + " Temporal's default"),
  MISSING_CLOSE_TIMEOUT(
      "HB012",
      Diagnostic.Kind.ERROR,
      "@%s on %s sets neither startToClose nor scheduleToClose, and Temporal requires one: set"
          + " startToClose to the longest time one attempt may take, for example startToClose ="
          + " \"P7D\""),
  BACKOFF_BELOW_ONE(
      "HB013",
      Diagnostic.Kind.ERROR,
      "retry.backoffCoefficient = %s is below 1.0, so retries would come faster and faster: use"
          + " 1.0 or more (2.0 doubles the wait), or 0 for Temporal's default"),
  NEGATIVE_MAXIMUM_ATTEMPTS(
      "HB014",
      Diagnostic.Kind.ERROR,
      "retry.maximumAttempts = %s is negative: use 1 or more, or 0 for unlimited attempts"),
  MAXIMUM_INTERVAL_BELOW_INITIAL(
      "HB015",
      Diagnostic.Kind.ERROR,
      "retry.maximumInterval = \"%s\" is shorter than retry.initialInterval = \"%s\": make the"
          + " maximum at least the initial interval"),
  HEARTBEAT_NOT_SHORTER(
      "HB016",
      Diagnostic.Kind.ERROR,
      "heartbeat = \"%s\" is not shorter than %s = \"%s\", so it would never fire: make the"
          + " heartbeat timeout shorter, or leave it empty"),
  SCHEDULE_TO_CLOSE_BELOW_START_TO_CLOSE(
      "HB017",
      Diagnostic.Kind.ERROR,
      "scheduleToClose = \"%s\" is shorter than startToClose = \"%s\", so no attempt could use its"
          + " full time: make scheduleToClose at least startToClose, or leave one of them empty"),
  BLANK_DO_NOT_RETRY(
      "HB018",
      Diagnostic.Kind.ERROR,
      "%s has an empty error type: name an exception class such as"
          + " \"com.example.RejectedException\", or remove the entry"),
  // Diagnostics added with the misuse corpus (issue 4): new errors HB02x, guidance warnings HB1xx.
  NON_FINITE_BACKOFF(
      "HB019",
      Diagnostic.Kind.ERROR,
      "retry.backoffCoefficient = %s is not a finite number: use 1.0 or more (2.0 doubles the"
          + " wait), or 0 for Temporal's default"),
  GENERATED_NAME_CLASH(
      "HB020",
      Diagnostic.Kind.ERROR,
      "%s and %s would both generate %s: rename one of the methods (@ActivityMethod(name = ...)"
          + " keeps its activity type)"),
  RESERVED_METHOD_NAME(
      "HB021",
      Diagnostic.Kind.ERROR,
      "The method name '%s' of %s is taken in the generated %s by %s: rename the method"
          + " (@ActivityMethod(name = ...) keeps its activity type)"),
  GENERATED_TYPE_EXISTS(
      "HB022",
      Diagnostic.Kind.ERROR,
      "Handback generates %s for %s, but a type of that name is already declared in this"
          + " compilation: rename or move that type"),
  RAW_RESULT_TYPE(
      "HB023",
      Diagnostic.Kind.ERROR,
      "The result type %s of %s is raw, so the generated replies could not say what they carry:"
          + " give %s its type arguments (it is declared as %s)"),
  LONG_START_TO_CLOSE_WITHOUT_HEARTBEAT(
      "HB101",
      Diagnostic.Kind.WARNING,
      "%s = \"%s\" and no heartbeat: a worker that dies before handing off is retried only"
          + " after %s; set heartbeat (for example heartbeat = \"PT1M\", with the external party"
          + " heartbeating), or deliver the result by Signal with @ExternalResult. Silence with"
          + " @SuppressWarnings(\"handback:HB101\")"),
  TRY_CANCEL_WITH_ASYNC_COMPLETION(
      "HB102",
      Diagnostic.Kind.WARNING,
      "cancellationType = %s: a workflow that cancels the activity moves on at once, and the"
          + " external party never learns of the cancellation (its heartbeat and"
          + " reportCancellation find the activity gone); keep WAIT_CANCELLATION_COMPLETED, or silence with"
          + " @SuppressWarnings(\"handback:HB102\")"),
  SINGLE_ATTEMPT_HANDOFF(
      "HB103",
      Diagnostic.Kind.WARNING,
      "retry.maximumAttempts = 1: a hand-off lost with its worker is never retried, and the"
          + " activity fails when %s runs out; allow retries (0 means unlimited), or silence with"
          + " @SuppressWarnings(\"handback:HB103\")"),
  LONG_HAND_OFF_ON_SIGNAL_PATH(
      "HB105",
      Diagnostic.Kind.WARNING,
      "startToClose = \"%s\" on @ExternalResult: the activity only hands the request over and the"
          + " workflow waits for the signal, so a lost hand-off is retried only after %s; keep it"
          + " short (the default is one minute) and put the wait in timeout, or silence with"
          + " @SuppressWarnings(\"handback:HB105\")"),
  FREQUENT_POLLING_BY_RETRY(
      "HB106",
      Diagnostic.Kind.WARNING,
      "every = \"%s\" polls more often than once a minute, but @Polled polls by activity"
          + " retries, which Temporal advises only at intervals of a minute or longer (each poll is"
          + " a new attempt scheduled by the server); poll at most once a minute, or loop inside one"
          + " activity that heartbeats, or silence with @SuppressWarnings(\"handback:HB106\")"),
  NO_ACTIVITY_METHODS(
      "HB104",
      Diagnostic.Kind.WARNING,
      "@%s on %s applies to no method, because it declares no activity method of its own, so"
          + " nothing is generated: declare the activity methods here, or remove the annotation"),
  OBJECT_RESULT_TYPE(
      "HB110",
      Diagnostic.Kind.WARNING,
      "The result type of %s is %s, so Temporal's default data converter (JSON) hands the"
          + " workflow a Map, List, String or number, not the object the external party sent:"
          + " declare the concrete result type, or silence with"
          + " @SuppressWarnings(\"handback:HB110\")"),
  ABSTRACT_RESULT_TYPE(
      "HB111",
      Diagnostic.Kind.WARNING,
      "The result type %s of %s is %s, which Temporal's default data converter (Jackson) cannot"
          + " create without type information: return a concrete class or record, annotate the"
          + " type with @JsonTypeInfo or @JsonDeserialize, or silence with"
          + " @SuppressWarnings(\"handback:HB111\")"),
  INNER_CLASS_RESULT_TYPE(
      "HB112",
      Diagnostic.Kind.WARNING,
      "The result type %s of %s is an inner (non-static) class, which Temporal's default data"
          + " converter (Jackson) cannot create: make the class static, or a record, or silence"
          + " with @SuppressWarnings(\"handback:HB112\")"),
  // Diagnostics of the result paths (@ExternalResult, @Polled): HB03x.
  MORE_THAN_ONE_PATH(
      "HB030",
      Diagnostic.Kind.ERROR,
      "%s carries both @%s and @%s, but a result comes back one way only: keep one of them"),
  BLANK_SIGNAL_NAME(
      "HB031",
      Diagnostic.Kind.ERROR,
      "signal = \"%s\" is blank: name the signal, or leave it empty for the default (the activity"
          + " type followed by \"Result\")"),
  SIGNAL_NAME_COLLISION(
      "HB032",
      Diagnostic.Kind.ERROR,
      "Signal '%s' of %s is also the signal of %s, so the workflow could not tell their results"
          + " apart: give one of them its own @ExternalResult(signal = ...)"),
  POLL_GIVES_UP_BEFORE_SECOND_POLL(
      "HB033",
      Diagnostic.Kind.ERROR,
      "giveUpAfter = \"%s\" is shorter than every = \"%s\", so the external system would be"
          + " asked only once: make giveUpAfter longer than the interval between polls"),
  POLL_ATTEMPT_OUTLASTS_GIVE_UP(
      "HB034",
      Diagnostic.Kind.ERROR,
      "attemptTimeout = \"%s\" is longer than giveUpAfter = \"%s\", so one poll could outlast"
          + " the whole polling: make attemptTimeout shorter than giveUpAfter"),
  INTERNAL_ERROR(
      "HB900",
      Diagnostic.Kind.ERROR,
      "Handback could not process %s because of an internal error (%s). Please report it with"
          + " this interface; the other interfaces were processed"),
  UNRESOLVED_TYPE(
      "HB901",
      Diagnostic.Kind.ERROR,
      "%s refers to a type that does not exist or was never generated: %s. Fix the type, or make"
          + " sure the processor that generates it runs in the same compilation");

  private final String id;
  private final Diagnostic.Kind kind;
  private final String template;

  Message(String id, Diagnostic.Kind kind, String template) {
    this.id = id;
    this.kind = kind;
    this.template = template;
  }

  /** The stable id, for example {@code HB010}. */
  public String id() {
    return id;
  }

  /** Error or warning. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The text with its arguments, prefixed by {@code [HBnnn]}. */
  public String format(Object... arguments) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, arguments);
  }
}
