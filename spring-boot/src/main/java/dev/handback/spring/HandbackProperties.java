package dev.handback.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Handback's settings in a Spring Boot application ({@code handback.*}). Every one has a default:
 * an application needs none of them.
 */
@ConfigurationProperties("handback")
public class HandbackProperties {
  private final Webhook webhook = new Webhook();

  /** The webhook endpoint. */
  public Webhook getWebhook() {
    return webhook;
  }

  /**
   * The webhook endpoint ({@code handback.webhook.*}): the protocol of {@code handback-webhook}'s
   * receiver, served by the application's own web server.
   */
  public static class Webhook {
    /** Whether to serve the webhook endpoint in a servlet web application. */
    private boolean enabled = true;

    /**
     * The path under which external systems POST replies: to this path, a '/' and the encoded
     * handle, below the application's context path.
     */
    private String path = "/handback";

    /** The largest request body accepted; larger ones are answered 413 body_too_large. */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    /**
     * How long a delivery may take once its body was read, waiting for a delivery thread included;
     * Temporal's retries stop then and the caller gets 503 temporal_unavailable.
     */
    private Duration deliveryTimeout = Duration.ofSeconds(10);

    /** Deliveries sent to Temporal at once, on threads of the endpoint's own. */
    private int deliveryThreads = 16;

    /** Deliveries that may wait for a delivery thread; beyond, 503 overloaded at once. */
    private int maxQueuedDeliveries = 256;

    /**
     * How many accepted deliveries to remember, so that a repeat is answered as a duplicate and not
     * delivered again.
     */
    private int remember = 10_000;

    /**
     * Whether to refuse plain handles and take only sealed ones; needs a HandleSealer bean, which
     * the endpoint opens sealed handles with whenever there is one.
     */
    private boolean sealedOnly;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public DataSize getMaxBodySize() {
      return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
      this.maxBodySize = maxBodySize;
    }

    public Duration getDeliveryTimeout() {
      return deliveryTimeout;
    }

    public void setDeliveryTimeout(Duration deliveryTimeout) {
      this.deliveryTimeout = deliveryTimeout;
    }

    public int getDeliveryThreads() {
      return deliveryThreads;
    }

    public void setDeliveryThreads(int deliveryThreads) {
      this.deliveryThreads = deliveryThreads;
    }

    public int getMaxQueuedDeliveries() {
      return maxQueuedDeliveries;
    }

    public void setMaxQueuedDeliveries(int maxQueuedDeliveries) {
      this.maxQueuedDeliveries = maxQueuedDeliveries;
    }

    public int getRemember() {
      return remember;
    }

    public void setRemember(int remember) {
      this.remember = remember;
    }

    public boolean isSealedOnly() {
      return sealedOnly;
    }

    public void setSealedOnly(boolean sealedOnly) {
      this.sealedOnly = sealedOnly;
    }
  }
}
