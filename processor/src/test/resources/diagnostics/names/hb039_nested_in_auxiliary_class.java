// A public interface nested in a package-private class declared in another type's file
// generates: /META-INF/handback/com.example.Tracking.json (resource), com.example.TrackingAsync, com.example.TrackingCompleter, com.example.TrackingOptions
package com.example;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Tracking {
  @AsyncCompletable(startToClose = "PT1H")
  String track(String parcel);
}

/** Declared in Tracking.java, so other files can refer to it only with a lint warning. */
final class Shipping {
  private Shipping() {}

  @ActivityInterface
  public interface Labels {
    @AsyncCompletable(startToClose = "PT1H")
    String print(String parcel);
  }
}
// expect: ERROR 19:10 [HB039] com.example.Shipping.Labels is nested in Shipping, which is declared in Tracking.java, a file named after another type: the classes Handback generates, each in its own file, could refer to it only with javac's auxiliaryclass warning, and an incremental build may not find it: move Shipping into a file of its own, or the interface out of it
