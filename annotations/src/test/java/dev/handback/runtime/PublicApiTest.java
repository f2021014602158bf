package dev.handback.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.handback.apitest.ApiExposures;
import dev.handback.internal.CompletionChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API ({@code dev.handback}, {@code dev.handback.runtime} and its subpackages) never
 * shows a type of {@code dev.handback.internal}, which only generated code and Handback's own
 * modules may use: not as a supertype, nor in a public or protected member's signature.
 */
class PublicApiTest {
  private static final ApiExposures INTERNAL =
      ApiExposures.ofPackages(List.of("dev.handback.internal."));

  @Test
  void noPublicTypeOfTheApiShowsAnInternalType() {
    List<Class<?>> api = INTERNAL.publicTypes(ReplyHandle.class, "dev/handback");
    assertFalse(api.size() < 20, "found only " + api + ": the scan is looking in the wrong place");

    assertEquals(List.of(), INTERNAL.in(api));
  }

  /** A public type that shows an internal one in each way the check looks at. */
  @SuppressWarnings("unused")
  public abstract static class Leaky implements Comparable<CompletionChannel> {
    public CompletionChannel field;

    protected Leaky(CompletionChannel channel) {}

    public abstract List<? extends CompletionChannel> method(CompletionChannel[] channels);

    // Private members are not part of the API.
    private void hidden(CompletionChannel channel) {}
  }

  @Test
  void theCheckFindsEachWayAnInternalTypeCanShow() {
    List<String> exposures = INTERNAL.in(Leaky.class);

    assertEquals(5, exposures.size(), exposures.toString());
  }
}
