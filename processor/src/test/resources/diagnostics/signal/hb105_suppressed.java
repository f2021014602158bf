// HB105 silenced on the method: no diagnostics, and the generated code compiles under -Werror
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Reviews {
  @SuppressWarnings("handback:HB105")
  @ExternalResult(timeout = "P7D", startToClose = "PT30M")
  void submit(String documentId);
}
// expect: none
