package dev.handback.internal;

import com.uber.m3.tally.NoopScope;
import com.uber.m3.tally.Scope;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.MetricsTag;
import java.util.Map;

/**
 * The names of Handback's metrics and the scope they are recorded on: the metrics scope of the
 * client's {@code WorkflowServiceStubs}, where Temporal's own client records its metrics, tagged
 * with the client's namespace as Temporal tags its own. With Temporal's Spring Boot starter that
 * scope reports to the application's Micrometer registry; without a scope set on the stubs nothing
 * is recorded.
 *
 * <p>Names follow Temporal's conventions: lower-case words joined by {@code _}, a product prefix
 * (Temporal's are {@code temporal_}), {@code _latency} for a timer, and Temporal's {@code
 * namespace} tag.
 */
public final class HandbackMetrics {
  /** Replies sent, by interface, method, path and outcome (a counter). */
  public static final String REPLY = "handback_reply";

  /** How long a reply took, Temporal's retries included, by the same tags (a timer). */
  public static final String REPLY_LATENCY = "handback_reply_latency";

  /** Webhook requests refused, by error code (a counter). */
  public static final String WEBHOOK_REFUSAL = "handback_webhook_refusal";

  /** The simple name of the activity interface, as in the handle. */
  public static final String INTERFACE = "interface";

  /** The Java name of the activity method, as in the handle. */
  public static final String METHOD = "method";

  /** How the reply travelled: {@code completion} or {@code signal}, as in the model. */
  public static final String PATH = "path";

  /** What became of a reply. */
  public static final String OUTCOME = "outcome";

  /** The error code of a webhook refusal, as in its JSON answer. */
  public static final String CODE = "code";

  private HandbackMetrics() {}

  /** The scope Handback records on for replies through {@code client}. */
  public static Scope scope(WorkflowClient client) {
    Scope stubs = client.getWorkflowServiceStubs().getOptions().getMetricsScope();
    if (stubs == null) {
      return new NoopScope();
    }
    return stubs.tagged(Map.of(MetricsTag.NAMESPACE, client.getOptions().getNamespace()));
  }
}
