// NotReadyYetException in doNotRetry would end the polling at once
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(
      every = "PT1M",
      giveUpAfter = "PT10M",
      doNotRetry = {"java.lang.IllegalStateException", "dev.handback.runtime.NotReadyYetException"})
  String status(String id);
}
// expect: ERROR 12:56 [HB035] doNotRetry lists "dev.handback.runtime.NotReadyYetException", but a @Polled method throws NotReadyYetException to ask for the next poll, so the polling would end at the first poll without a result: remove it from doNotRetry
