package dev.handback.maven;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One activity interface as the Handback processor describes it in {@code
 * META-INF/handback/<interface>.json} of the class output.
 *
 * @param modelVersion the version of this shape; see {@link ModelReader#SUPPORTED_VERSION}
 * @param interfaceName binary name of the {@code @ActivityInterface}
 * @param handleInterfaceName the interface name as handles spell it
 * @param generated binary names of the generated classes: {@code completer}, {@code async}, {@code
 *     options}
 * @param methods the methods Handback generates for, in declaration order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HandbackModel(
    int modelVersion,
    @JsonProperty("interface") String interfaceName,
    String handleInterfaceName,
    Map<String, String> generated,
    List<Method> methods) {

  public HandbackModel {
    // Values may be null: an interface without reply methods has no completer.
    generated = Collections.unmodifiableMap(new LinkedHashMap<>(generated));
    methods = List.copyOf(methods);
  }

  /** The binary name of the generated completer. */
  public String completer() {
    return generated.get("completer");
  }

  /** The interface's simple name, as in {@code ShopActivities}. */
  public String simpleInterfaceName() {
    return interfaceName.substring(interfaceName.lastIndexOf('.') + 1).replace('$', '.');
  }

  /**
   * One activity method.
   *
   * @param name the Java method name
   * @param activityType the activity type Temporal registers it under
   * @param path how the result comes back: {@code completion}, {@code signal} or {@code polling}
   * @param signal the signal name on the signal path, else null
   * @param result the result type
   * @param taskQueue the declared task queue, or null for the workflow's own
   * @param timeouts ISO-8601 texts by name ({@code startToClose}, {@code scheduleToClose}, {@code
   *     scheduleToStart}, {@code heartbeat}); null when not set
   * @param retry the retry settings as the processor wrote them
   * @param externalFailures what a failure the external party reports does: {@code final} (not
   *     retried) or {@code retried} (the retry policy decides); null on the polling path, and in a
   *     model written before the processor said it (Handback's completers then send it final)
   * @param cancellationType the {@code ActivityCancellationType} constant
   * @param handle the handle key, class, format, kind and prefix; null on the polling path
   * @param waitFor on the signal path, how long the workflow waits for the result (ISO-8601)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Method(
      String name,
      String activityType,
      String path,
      String signal,
      Result result,
      String taskQueue,
      Map<String, String> timeouts,
      Map<String, Object> retry,
      String externalFailures,
      String cancellationType,
      Handle handle,
      @JsonProperty("wait") String waitFor) {

    /**
     * Whether the activity's retry policy retries a failure the external party reports; otherwise
     * the failure is final.
     */
    public boolean retriesExternalFailures() {
      return "retried".equals(externalFailures);
    }

    /** The timeout {@code name} as written, or null when not set. */
    public String timeout(String name) {
      return timeouts == null ? null : timeouts.get(name);
    }
  }

  /**
   * A result type.
   *
   * @param isVoid whether the method returns nothing
   * @param type the Java source form, as in {@code java.util.List<com.example.Item>}
   * @param erasure the binary name of its class
   * @param typeTree the generic type as a tree, see the processor's {@code ModelJsonWriter}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(
      @JsonProperty("void") boolean isVoid,
      String type,
      String erasure,
      Map<String, Object> typeTree) {}

  /**
   * How a method's handles look.
   *
   * @param key {@code Interface.method}, as handles name their method
   * @param handleClass binary name of the generated handle class
   * @param format the format version, {@code hb1}
   * @param kind the address kind, {@code t} for a task token
   * @param prefix what every handle of this method starts with
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Handle(
      String key,
      @JsonProperty("class") String handleClass,
      String format,
      String kind,
      String prefix) {}
}
