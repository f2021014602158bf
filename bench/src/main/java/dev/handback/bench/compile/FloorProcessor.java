package dev.handback.bench.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The floor under any processor that generates a given set of files (Handback's, or a peer's): it
 * claims the same annotations and, in the first round, writes the very same precomputed sources and
 * resources (same names, same originating types, same order) through the Filer, doing nothing else.
 * Whatever a compilation with it costs more than one with those files as ordinary sources is
 * javac's price for generated files (the Filer's checks and the extra round), not the processor's.
 */
final class FloorProcessor extends AbstractProcessor {
  private final Set<String> annotations;
  private final GeneratedOutput output;

  /** The floor of a processor that claims {@code annotations} and wrote {@code output}. */
  FloorProcessor(Set<String> annotations, GeneratedOutput output) {
    this.annotations = Set.copyOf(annotations);
    this.output = output;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return annotations;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  // Claims what the measured processor claims, so the floor does what it does but the work.
  @SuppressWarnings("DoNotClaimAnnotations")
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<String, TypeElement> roots = new HashMap<>();
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        roots.put(type.getQualifiedName().toString(), type);
      }
    }
    Filer filer = processingEnv.getFiler();
    try {
      for (String origin : output.origins()) {
        TypeElement type = roots.get(origin);
        if (type != null) {
          write(filer, type, origin);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  private void write(Filer filer, TypeElement type, String origin) throws IOException {
    for (GeneratedOutput.Source source : output.sources(origin)) {
      try (Writer writer = filer.createSourceFile(source.name(), type).openWriter()) {
        writer.write(source.text());
      }
    }
    for (GeneratedOutput.Resource resource : output.resources(origin)) {
      try (OutputStream out =
          filer
              .createResource(resource.location(), resource.pkg(), resource.relativeName(), type)
              .openOutputStream()) {
        out.write(resource.bytes());
      }
    }
  }
}
