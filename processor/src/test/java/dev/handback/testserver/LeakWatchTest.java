package dev.handback.testserver;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The leak check sees what it claims to: {@code java.util.logging} records and HTTP answers. */
class LeakWatchTest {
  private static final String HANDLE = "hb1.Iface.method.t.QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo";

  @Test
  void aHandleInAJavaUtilLoggingRecordIsALeak() {
    LeakWatch watch = new LeakWatch();
    watch.beforeAll(null);
    LeakWatch.secret(HANDLE);
    Logger.getLogger("dev.handback.leaky").warning("Delivered " + HANDLE);

    AssertionError leak = assertThrows(AssertionError.class, () -> watch.afterAll(null));
    assertTrue(leak.getMessage().contains("the logs contain"), leak.getMessage());
  }

  @Test
  void aHandleInAnHttpAnswerIsALeak() {
    LeakWatch watch = new LeakWatch();
    watch.beforeAll(null);
    LeakWatch.secret(HANDLE);
    LeakWatch.answer("{\"error\":\"bad_handle\",\"message\":\"" + HANDLE + "\"}");

    AssertionError leak = assertThrows(AssertionError.class, () -> watch.afterAll(null));
    assertTrue(leak.getMessage().contains("HTTP answer"), leak.getMessage());
  }

  @Test
  void cleanOutputPasses() {
    LeakWatch watch = new LeakWatch();
    watch.beforeAll(null);
    LeakWatch.secret(HANDLE);
    Logger.getLogger("dev.handback.clean").info("Delivered a reply");
    LeakWatch.answer("{\"delivered\":true}");

    watch.afterAll(null);
  }
}
