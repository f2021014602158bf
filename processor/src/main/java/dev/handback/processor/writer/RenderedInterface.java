package dev.handback.processor.writer;

import com.palantir.javapoet.JavaFile;
import dev.handback.processor.model.ActivityInterfaceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Everything Handback writes for one activity interface, rendered to text and not yet handed to the
 * Filer: its sources, in the order {@code GeneratedTypes.of(model)} names them, and its model
 * resource. Rendering reads only the model, never javac's elements, so it may run on any thread.
 *
 * @param sources the generated sources, laid out
 * @param modelResource the model resource's path in the class output
 * @param modelJson the model resource's content
 */
public record RenderedInterface(List<Source> sources, String modelResource, String modelJson) {

  /**
   * One generated source file.
   *
   * @param typeName the qualified name of its top-level type
   * @param text its content
   */
  public record Source(String typeName, String text) {}

  /** Builds, renders and lays out every file of {@code model}, originating from {@code origin}. */
  public static RenderedInterface of(ActivityInterfaceModel model, Element origin) {
    List<JavaFile> files = new ArrayList<>();
    if (!model.replyMethods().isEmpty()) {
      files.add(new CompleterWriter().write(model, origin));
      files.add(new AsyncWriter().write(model, origin));
    }
    files.add(new OptionsWriter().write(model, origin));
    if (!model.externalResultMethods().isEmpty()) {
      files.add(new SignalsWriter().write(model, origin));
      files.add(new InboxWriter().write(model, origin));
    }
    List<Source> sources = new ArrayList<>(files.size());
    for (JavaFile file : files) {
      sources.add(new Source(typeName(file), SourceLayout.render(file)));
    }
    return new RenderedInterface(
        List.copyOf(sources),
        ModelJsonWriter.resourceName(model),
        new ModelJsonWriter().write(model));
  }

  private static String typeName(JavaFile file) {
    return file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }
}
