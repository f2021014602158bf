package dev.handback.processor;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can emit, in the order of their stable ids, which tests and the
 * reference page ({@code processor/DIAGNOSTICS.md}) cite. The text says what is wrong and how to
 * fix it; where the rule is Temporal's, it quotes Temporal's own refusal.
 */
public enum Message {
  // Placement and shape of the activity interface: HB00x.
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
      "The name '%s' cannot be carried by an encoded handle, which names the interface and the"
          + " method: name activity interfaces and methods that Handback generates for with ASCII"
          + " letters, digits and '_' only"),
  GENERIC_ACTIVITY_INTERFACE(
      "HB004",
      Diagnostic.Kind.ERROR,
      "%s has type parameters, and Temporal cannot tell which type an activity of it returns:"
          + " remove the type parameters, or put @%s on a non-generic interface that extends it"),
  NON_PUBLIC_INTERFACE(
      "HB005",
      Diagnostic.Kind.ERROR,
      "%s is %s, but Temporal accepts only public activity interfaces (\"Interface with"
          + " @ActivityInterface annotation must be public\"), and the classes Handback generates"
          + " beside it must see it: declare it public, nested in no private type"),
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
  SEALED_ACTIVITY_INTERFACE(
      "HB009",
      Diagnostic.Kind.ERROR,
      "%s is sealed, but Temporal's activity stub is a java.lang.reflect.Proxy that implements"
          + " the interface, and no proxy can implement a sealed interface: remove sealed and"
          + " permits from the activity interface"),
  // Activity options: HB01x, and HB027 to HB029, HB037, HB038.
  MALFORMED_DURATION(
      "HB010",
      Diagnostic.Kind.ERROR,
      "%s = \"%s\" is not an ISO-8601 duration: write it as java.time.Duration.parse reads it, for"
          + " example \"P7D\" (7 days), \"PT1H\" (1 hour) or \"PT30M\" (30 minutes)"),
  NON_POSITIVE_DURATION("HB011", Diagnostic.Kind.ERROR, "%s = \"%s\" is not longer than zero: %s"),
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
      "retry.maximumInterval = \"%s\" is shorter than %s, and Temporal refuses a maximum below the"
          + " initial interval: make the maximum at least the initial interval"),
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
  NON_FINITE_BACKOFF(
      "HB019",
      Diagnostic.Kind.ERROR,
      "retry.backoffCoefficient = %s is not a finite number: use 1.0 or more (2.0 doubles the"
          + " wait), or 0 for Temporal's default"),
  // Generated names, result types and Temporal's naming rules: HB02x.
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
      "Handback generates %s for %s, but %s: rename or move one of them"),
  RAW_RESULT_TYPE(
      "HB023",
      Diagnostic.Kind.ERROR,
      "The result type %s of %s is raw, so the generated replies could not say what they carry:"
          + " give %s its type arguments (it is declared as %s)"),
  DUPLICATE_METHOD_NAME(
      "HB024",
      Diagnostic.Kind.ERROR,
      "%s and %s are both activity methods named '%s', and Temporal refuses two activity methods"
          + " of one name in an activity interface and the interfaces it extends (\"Duplicated"
          + " methods (overloads are not allowed in activity interfaces)\"), a method redeclared"
          + " in a child activity interface included: rename one of them, or declare the method"
          + " in one interface only"),
  STATIC_ACTIVITY_METHOD(
      "HB025",
      Diagnostic.Kind.ERROR,
      "%s is static but carries @ActivityMethod, which Temporal refuses (\"Method with"
          + " @ActivityMethod annotation can't be static\"): remove @ActivityMethod, or make the"
          + " method abstract"),
  RESERVED_ACTIVITY_TYPE(
      "HB026",
      Diagnostic.Kind.ERROR,
      "Activity type '%s' of %s starts with \"__temporal_\", which Temporal reserves for itself"
          + " and refuses when a worker registers the activity: choose another name with"
          + " @ActivityMethod(name = ...) or @ActivityInterface(namePrefix = ...)"),
  DURATION_TOO_LONG(
      "HB027",
      Diagnostic.Kind.ERROR,
      "%s = \"%s\" is longer than Temporal can carry: it sends durations as protobuf Durations of"
          + " at most 10,000 years (315,576,000,000 seconds), and longer ones fail when the"
          + " activity is scheduled: give a shorter duration"),
  DURATION_BELOW_MILLISECOND(
      "HB028",
      Diagnostic.Kind.ERROR,
      "%s = \"%s\" is not a whole number of milliseconds, and Temporal sends durations in whole"
          + " milliseconds, dropping the rest%s: write it in whole milliseconds, for example"
          + " \"PT0.25S\""),
  SCHEDULE_TO_START_BEYOND_SCHEDULE_TO_CLOSE(
      "HB029",
      Diagnostic.Kind.ERROR,
      "scheduleToStart = \"%s\" is longer than scheduleToClose = \"%s\", so Temporal cuts it to"
          + " scheduleToClose: make scheduleToStart shorter, or leave it empty"),
  // The result paths (@ExternalResult, @Polled) and task queues: HB03x.
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
      "giveUpAfter = \"%s\" is not longer than every = \"%s\", so the external system would be"
          + " asked only once: make giveUpAfter longer than the interval between polls"),
  POLL_ATTEMPT_OUTLASTS_GIVE_UP(
      "HB034",
      Diagnostic.Kind.ERROR,
      "attemptTimeout = \"%s\" is not shorter than giveUpAfter = \"%s\", so one poll could take"
          + " the whole polling: make attemptTimeout shorter than giveUpAfter"),
  NOT_READY_YET_NOT_RETRIED(
      "HB035",
      Diagnostic.Kind.ERROR,
      "doNotRetry lists \"%s\", but a @Polled method throws NotReadyYetException to ask for the"
          + " next poll, so the polling would end at the first poll without a result: remove it"
          + " from doNotRetry"),
  RESERVED_SIGNAL_NAME(
      "HB036",
      Diagnostic.Kind.ERROR,
      "Signal '%s' of %s starts with \"__temporal_\", which Temporal reserves for itself: its"
          + " workflows refuse to listen to such a signal: give the method"
          + " @ExternalResult(signal = ...) with another name"),
  BLANK_TASK_QUEUE(
      "HB037",
      Diagnostic.Kind.ERROR,
      "taskQueue = \"%s\" is blank, and Temporal has no task queue of that name: name the task"
          + " queue, or remove taskQueue to use the workflow's own task queue"),
  TASK_QUEUE_REFUSED(
      "HB038",
      Diagnostic.Kind.ERROR,
      "taskQueue = \"%s\" %s, and Temporal refuses such a task queue name: choose another name"),
  NESTED_IN_AUXILIARY_CLASS(
      "HB039",
      Diagnostic.Kind.ERROR,
      "%s is nested in %s, which is declared in %s.java, a file named after another type: the"
          + " classes Handback generates, each in its own file, could refer to it only with"
          + " javac's auxiliaryclass warning, and an incremental build may not find it: move %s"
          + " into a file of its own, or the interface out of it"),
  // Temporal's guidance: warnings HB10x.
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
          + " reportCancellation find the activity gone); keep WAIT_CANCELLATION_COMPLETED, or"
          + " silence with @SuppressWarnings(\"handback:HB102\")"),
  SINGLE_ATTEMPT_HANDOFF(
      "HB103",
      Diagnostic.Kind.WARNING,
      "retry.maximumAttempts = 1: a hand-off lost with its worker is never retried, and the"
          + " activity fails when %s runs out; allow retries (0 means unlimited), or silence with"
          + " @SuppressWarnings(\"handback:HB103\")"),
  NO_ACTIVITY_METHODS(
      "HB104",
      Diagnostic.Kind.WARNING,
      "@%s on %s applies to no method, because it declares no activity method of its own, so"
          + " nothing is generated: declare the activity methods here, or remove the annotation"),
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
  EXTERNAL_FAILURES_RETRIED_WITHOUT_END(
      "HB107",
      Diagnostic.Kind.WARNING,
      "retryExternalFailures = true, with unlimited attempts, no scheduleToClose and no"
          + " retry.doNotRetry: every failure the external party reports runs the activity again,"
          + " which asks the party anew with a new handle, so its final \"no\" is asked again"
          + " without end; list its final failures in retry.doNotRetry, limit"
          + " retry.maximumAttempts or scheduleToClose, or remove retryExternalFailures so that its"
          + " failures are final; or silence with @SuppressWarnings(\"handback:HB107\")"),
  // Result types the default data converter cannot rebuild: warnings HB11x.
  OBJECT_RESULT_TYPE(
      "HB110",
      Diagnostic.Kind.WARNING,
      "%s returns %s%s, so Temporal's default data converter (JSON) hands the workflow a Map,"
          + " List, String or number where Object stands, not the object the external party sent:"
          + " declare the concrete type, or silence with @SuppressWarnings(\"handback:HB110\")"),
  ABSTRACT_RESULT_TYPE(
      "HB111",
      Diagnostic.Kind.WARNING,
      "%s returns %s%s, %s that Temporal's default data converter (Jackson) cannot"
          + " create without type information: use a concrete class or record, annotate the type"
          + " with @JsonTypeInfo or @JsonDeserialize, or silence with"
          + " @SuppressWarnings(\"handback:HB111\")"),
  INNER_CLASS_RESULT_TYPE(
      "HB112",
      Diagnostic.Kind.WARNING,
      "%s returns %s%s, an inner (non-static) class, which Temporal's default data"
          + " converter (Jackson) cannot create: make the class static, or a record, or silence"
          + " with @SuppressWarnings(\"handback:HB112\")"),
  WILDCARD_RESULT_TYPE(
      "HB113",
      Diagnostic.Kind.WARNING,
      "%s returns %s, whose wildcard %s Temporal's default data converter (Jackson) reads as"
          + " Object, so it builds Maps, Lists, Strings and numbers there, not the type the"
          + " external party sent: name the type argument, or silence with"
          + " @SuppressWarnings(\"handback:HB113\")"),
  RUNTIME_OBJECT_RESULT_TYPE(
      "HB114",
      Diagnostic.Kind.WARNING,
      "%s returns %s%s, %s, which is not data: Temporal's default data converter"
          + " (Jackson) cannot send it to the workflow and rebuild it there: return the data"
          + " itself (for example byte[], String or a record), or silence with"
          + " @SuppressWarnings(\"handback:HB114\")"),
  NO_CREATOR_RESULT_TYPE(
      "HB115",
      Diagnostic.Kind.WARNING,
      "%s returns %s%s, a class without a no-argument constructor or"
          + " @JsonCreator, which Temporal's default data converter (Jackson) cannot create: add"
          + " a no-argument constructor (it may be private), make it a record, or annotate its"
          + " constructor with @JsonCreator; or silence with @SuppressWarnings(\"handback:HB115\")"),
  // Handback itself: HB9xx.
  INTERNAL_ERROR(
      "HB900",
      Diagnostic.Kind.ERROR,
      "Handback could not process %s because of an internal error (%s). Please report it with"
          + " this interface and %s; the other interfaces were processed"),
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
