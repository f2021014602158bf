package dev.handback.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.Test;

/**
 * The failure a poll without a result throws, as Temporal's retry policy and logging read it. How a
 * worker logs it is tested end to end in the processor's {@code PolledLoggingTest}.
 */
class NotReadyYetExceptionTest {

  @Test
  void theTypeIsTheClassName() {
    assertEquals(NotReadyYetException.class.getName(), NotReadyYetException.TYPE);
  }

  @Test
  void becauseGivesARetryableBenignFailureOfTheSameTypeAsTheException() {
    ApplicationFailure failure = NotReadyYetException.because("DOC-1 is not indexed yet");

    assertEquals(NotReadyYetException.TYPE, failure.getType());
    assertEquals("DOC-1 is not indexed yet", failure.getOriginalMessage());
    assertFalse(failure.isNonRetryable());
    assertEquals(null, failure.getNextRetryDelay(), "the retry policy's interval applies");
    assertEquals(ApplicationErrorCategory.BENIGN, failure.getCategory());
  }

  @Test
  void becauseNeedsAReason() {
    NullPointerException thrown =
        assertThrows(NullPointerException.class, () -> NotReadyYetException.because(null));

    assertEquals("reason", thrown.getMessage());
  }

  @Test
  void theExceptionCarriesNoStackTrace() {
    NotReadyYetException exception = new NotReadyYetException("DOC-1 is not indexed yet");

    assertEquals(0, exception.getStackTrace().length);
    assertEquals("DOC-1 is not indexed yet", exception.getMessage());
  }
}
