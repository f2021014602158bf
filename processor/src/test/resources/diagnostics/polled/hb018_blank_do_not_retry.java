// an empty error type in @Polled(doNotRetry)
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT1M", giveUpAfter = "PT10M", doNotRetry = {""})
  String status(String id);
}
// expect: ERROR 9:64 [HB018] doNotRetry has an empty error type: name an exception class such as "com.example.RejectedException", or remove the entry
