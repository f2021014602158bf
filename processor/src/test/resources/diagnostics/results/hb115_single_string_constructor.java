// a class with a String constructor only: Jackson reads a JSON string into it, but cannot read back what it writes
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

@ActivityInterface
public interface Jobs {
  @AsyncCompletable(startToClose = "PT1H")
  Code code(String input);

  /** Created from a JSON string. */
  final class Code {
    private final String value;

    public Code(String value) {
      this.value = value;
    }

    @Override
    public String toString() {
      return value;
    }
  }
}
// expect: WARNING 17:8 [HB115] Jobs.code(String) returns Jobs.Code, a class without a no-argument constructor or @JsonCreator, which Temporal's default data converter (Jackson) cannot create: add a no-argument constructor (it may be private), make it a record, or annotate its constructor with @JsonCreator; or silence with @SuppressWarnings("handback:HB115")
