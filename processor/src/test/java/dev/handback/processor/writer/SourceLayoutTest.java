package dev.handback.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link SourceLayout} lays JavaPoet's text out as google-java-format 1.28 does. The expected text
 * is the formatter's own output for the input, which is shaped as JavaPoet renders code; the golden
 * files (checked by the formatter in the build) and FuzzTest (at most 100 columns) cover the code
 * the writers generate.
 */
class SourceLayoutTest {

  @Test
  void laysOutAsGoogleJavaFormat() {
    String javaPoet =
        """
        package p;

        /**
         * Short.
         */
        public final class A {
          private A() {
          }

          /**
           * A paragraph long enough to need filling: the words run past the column limit of one hundred columns, so they wrap.
           *
           * @throws IllegalStateException if the handle of {@code something} is empty, damaged, truncated, or of an unknown version
           */
          @SignalMethod(
              name = SOME_SIGNAL
          )
          void someResult(ExternalOutcome<Map<String, List<Integer>>> outcome);

          /**
           * A handle made while the method was {@code @AsyncCompletable} still completes its activity all right.
           */
          public static Object a() {
            return DeliveringReply.toActivity(channel, ConfirmPaymentHandle.KEY, workflowId, runIdentifier);
          }

          public static Object b() {
            return DeliveringReply.toActivity(channel, ConfirmPaymentHandle.KEY, workflowId, runIdentifierX);
          }

          public static Object c() {
            return SomeVeryLongCompleterClassNameForTests.SomeEvenLongerMethodNameForTestsHandle.of(ActivityHandoff.handOff(SomeVeryLongCompleterClassNameForTests.SomeEvenLongerMethodNameForTestsHandle.KEY, SomeVeryLongOptionsClassName.SOME_EVEN_LONGER_METHOD_NAME_FOR_TESTS));
          }

          private static final ActivityOptions OPTIONS = ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.parse("PT2M")).setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(5).setDoNotRetry("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t").build()).build();

          private final SignalSlot<Map<String, List<Map<Integer, Set<SomeOuterClass.SomeInnerInterface.SomeRecord>>>>> slot = new SignalSlot<>(SomeCompleter.SomeHandle.KEY, SOME_SIGNAL, Duration.parse("P2D"));

          public CompletionReply<Map<String, List<ShopActivities.Item>>> record(String workflowId, String runId) {
            return DeliveringReply.toActivity(channel, RecordHandle.KEY, workflowId, runId, someActivityId);
          }

          public CompletionReply<Map<String, List<ShopActivities.Item>>> pickItems(String workflowId, String runId, String activityId) {
            return List.of(MethodRoute.of(PickItemsHandle.KEY, new TypeToken<List<ShopActivities.Item>>() {}.type(), PickItemsHandle::parse), MethodRoute.of(X.KEY, void.class, X::parse));
          }
        }
        """;
    String formatted =
        """
        package p;

        /** Short. */
        public final class A {
          private A() {}

          /**
           * A paragraph long enough to need filling: the words run past the column limit of one hundred
           * columns, so they wrap.
           *
           * @throws IllegalStateException if the handle of {@code something} is empty, damaged, truncated,
           *     or of an unknown version
           */
          @SignalMethod(name = SOME_SIGNAL)
          void someResult(ExternalOutcome<Map<String, List<Integer>>> outcome);

          /**
           * A handle made while the method was {@code @AsyncCompletable} still completes its activity all
           * right.
           */
          public static Object a() {
            return DeliveringReply.toActivity(channel, ConfirmPaymentHandle.KEY, workflowId, runIdentifier);
          }

          public static Object b() {
            return DeliveringReply.toActivity(
                channel, ConfirmPaymentHandle.KEY, workflowId, runIdentifierX);
          }

          public static Object c() {
            return SomeVeryLongCompleterClassNameForTests.SomeEvenLongerMethodNameForTestsHandle.of(
                ActivityHandoff.handOff(
                    SomeVeryLongCompleterClassNameForTests.SomeEvenLongerMethodNameForTestsHandle.KEY,
                    SomeVeryLongOptionsClassName.SOME_EVEN_LONGER_METHOD_NAME_FOR_TESTS));
          }

          private static final ActivityOptions OPTIONS =
              ActivityOptions.newBuilder()
                  .setStartToCloseTimeout(Duration.parse("PT2M"))
                  .setRetryOptions(
                      RetryOptions.newBuilder()
                          .setMaximumAttempts(5)
                          .setDoNotRetry(
                              "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
                              "p", "q", "r", "s", "t")
                          .build())
                  .build();

          private final SignalSlot<
                  Map<String, List<Map<Integer, Set<SomeOuterClass.SomeInnerInterface.SomeRecord>>>>>
              slot = new SignalSlot<>(SomeCompleter.SomeHandle.KEY, SOME_SIGNAL, Duration.parse("P2D"));

          public CompletionReply<Map<String, List<ShopActivities.Item>>> record(
              String workflowId, String runId) {
            return DeliveringReply.toActivity(channel, RecordHandle.KEY, workflowId, runId, someActivityId);
          }

          public CompletionReply<Map<String, List<ShopActivities.Item>>> pickItems(
              String workflowId, String runId, String activityId) {
            return List.of(
                MethodRoute.of(
                    PickItemsHandle.KEY,
                    new TypeToken<List<ShopActivities.Item>>() {}.type(),
                    PickItemsHandle::parse),
                MethodRoute.of(X.KEY, void.class, X::parse));
          }
        }
        """;

    assertEquals(formatted, SourceLayout.layout(javaPoet));
  }

  @Test
  void readsCarriageReturnLineEndsAndAnyWhitespaceBetweenJavadocWords() {
    String javaPoet =
        "package p;\r\n\r\n/**\r\n * Two\twords  apart.\r\n */\r\nclass A {\r\n"
            + "  /**\r\n   * One\fline\u000Bof words.\r\n   */\r\n  void a() {\r\n  }\r\n}\r\n";

    assertEquals(
        """
        package p;

        /** Two words apart. */
        class A {
          /** One line of words. */
          void a() {}
        }
        """,
        SourceLayout.layout(javaPoet));
  }

  @Test
  void keepsALineItCannotReadAsItIs() {
    String conditional = "    return ready ? first(" + "argument, ".repeat(8) + "last) : other;";
    String javaPoet = "class A {\n  Object a() {\n" + conditional + "\n  }\n}\n";

    assertEquals(javaPoet, SourceLayout.layout(javaPoet));
  }
}
