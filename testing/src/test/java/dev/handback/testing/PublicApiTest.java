package dev.handback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.apitest.ApiExposures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit's public API ({@code dev.handback.testing}) never shows a type of {@code
 * dev.handback.internal} or {@code dev.handback.testing.internal}: not as a supertype, nor in a
 * public or protected member's signature. The same rule as the runtime's own PublicApiTest.
 */
class PublicApiTest {
  private static final ApiExposures INTERNAL =
      ApiExposures.ofPackages(List.of("dev.handback.internal.", "dev.handback.testing.internal."));

  @Test
  void noPublicTypeOfTheKitShowsAnInternalType() {
    List<Class<?>> api = INTERNAL.publicTypes(ExternalParty.class, "dev/handback/testing");
    assertTrue(api.contains(ExternalParty.class) && api.contains(Awaiting.class), api.toString());

    assertEquals(List.of(), INTERNAL.in(api));
  }

  /** A public type that shows an internal one in each way the check looks at. */
  @SuppressWarnings("unused")
  public abstract static class Leaky
      implements Comparable<dev.handback.testing.internal.TestServer> {
    public dev.handback.internal.CompletionChannel field;

    protected Leaky(dev.handback.testing.internal.Wait wait) {}

    public abstract List<? extends dev.handback.testing.internal.Wait> method(
        dev.handback.internal.CompletionChannel[] channels);

    // Private members are not part of the API.
    private void hidden(dev.handback.testing.internal.Wait wait) {}
  }

  @Test
  void theCheckFindsEachWayAnInternalTypeCanShow() {
    List<String> exposures = INTERNAL.in(Leaky.class);

    assertEquals(5, exposures.size(), exposures.toString());
  }
}
