package dev.handback.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What to generate for one activity interface.
 *
 * @param interfaceName the annotated {@code @ActivityInterface}
 * @param methods the methods Handback generates for, in declaration order
 * @param coversEveryMethod whether every activity method of the interface is among {@code methods},
 *     so that a stub needs no options besides the generated ones
 */
public record ActivityInterfaceModel(
    ClassName interfaceName, List<ActivityMethodModel> methods, boolean coversEveryMethod) {

  public ActivityInterfaceModel {
    methods = List.copyOf(methods);
  }

  /**
   * Name of the interface as encoded handles and generated classes name it: its simple name, or for
   * a nested interface the enclosing names joined by {@code _}.
   */
  public String simpleName() {
    return String.join("_", interfaceName.simpleNames());
  }

  /** The methods an external party replies to: those not {@code @Polled}. */
  public List<ActivityMethodModel> replyMethods() {
    return methods.stream().filter(method -> method.path().hasReply()).toList();
  }

  /** The {@code @ExternalResult} methods. */
  public List<ActivityMethodModel> externalResultMethods() {
    return methods.stream().filter(method -> method.external().isPresent()).toList();
  }

  /** {@code FooSignals}: the signal interface of the {@code @ExternalResult} methods. */
  public ClassName signalsName() {
    return sibling("Signals");
  }

  /** {@code FooInbox}: where workflow code waits for the {@code @ExternalResult} methods. */
  public ClassName inboxName() {
    return sibling("Inbox");
  }

  /** {@code FooCompleter}: the external party's client. */
  public ClassName completerName() {
    return sibling("Completer");
  }

  /** {@code FooAsync}: the activity side. */
  public ClassName asyncName() {
    return sibling("Async");
  }

  /** {@code FooOptions}: the activity options. */
  public ClassName optionsName() {
    return sibling("Options");
  }

  /** The handle type of {@code method}, nested in the completer. */
  public ClassName handleName(ActivityMethodModel method) {
    return completerName().nestedClass(method.capitalizedName() + "Handle");
  }

  private ClassName sibling(String suffix) {
    return ClassName.get(interfaceName.packageName(), simpleName() + suffix);
  }
}
