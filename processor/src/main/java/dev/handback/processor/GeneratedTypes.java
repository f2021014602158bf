package dev.handback.processor;

import com.palantir.javapoet.ClassName;
import dev.handback.processor.model.ActivityInterfaceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The top-level types Handback generates in one compilation, so that none of them reaches the Filer
 * twice or over a type the user declared (HB022): {@code Outer.Jobs} and a top-level {@code
 * Outer_Jobs} would both generate {@code Outer_JobsCompleter}, and a user's {@code JobsInbox} would
 * stand where the inbox of {@code Jobs} goes.
 */
final class GeneratedTypes {
  private final Map<String, String> generatedFor = new HashMap<>();

  /** The types generated for {@code model}, in the order the processor writes them. */
  static List<ClassName> of(ActivityInterfaceModel model) {
    List<ClassName> names = new ArrayList<>();
    if (!model.replyMethods().isEmpty()) {
      names.add(model.completerName());
      names.add(model.asyncName());
    }
    names.add(model.optionsName());
    if (!model.externalResultMethods().isEmpty()) {
      names.add(model.signalsName());
      names.add(model.inboxName());
    }
    return names;
  }

  /**
   * Reports on {@code type} each type generated for {@code model} that a type declared in this
   * compilation ({@code declaredTypes}, qualified names) or another interface's generated type
   * already takes; if there is none, claims them for {@code type}.
   */
  void check(
      TypeElement type,
      ActivityInterfaceModel model,
      Set<String> declaredTypes,
      ValidationReport report) {
    List<String> takenByOthers = new ArrayList<>();
    String other = null;
    for (ClassName name : of(model)) {
      String qualified = name.canonicalName();
      if (declaredTypes.contains(qualified)) {
        report.report(
            Message.GENERATED_TYPE_EXISTS,
            type,
            qualified,
            type.getQualifiedName(),
            "a type of that name is already declared in this compilation");
      } else if (generatedFor.containsKey(qualified)) {
        takenByOthers.add(name.simpleName());
        other = generatedFor.get(qualified);
      }
    }
    if (!takenByOthers.isEmpty()) {
      report.report(
          Message.GENERATED_TYPE_EXISTS,
          type,
          String.join(", ", takenByOthers),
          type.getQualifiedName(),
          "it generates "
              + (takenByOthers.size() == 1 ? "that type" : "those types")
              + " for "
              + other
              + " too (the names of nested interfaces are joined with '_')");
    }
    if (!report.hasErrors()) {
      for (ClassName name : of(model)) {
        generatedFor.put(name.canonicalName(), type.getQualifiedName().toString());
      }
    }
  }
}
