package dev.handback.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * {@link HandbackProcessor} with a filer that records the name of every source file it creates.
 * compile-testing hides the generated files of a failed compilation; this shows whether anything
 * was generated for an interface that had errors.
 */
final class RecordingHandbackProcessor implements Processor {
  private final HandbackProcessor delegate = new HandbackProcessor();
  private final Set<String> createdSources = Collections.synchronizedSet(new TreeSet<>());
  private final Map<String, List<String>> originatingElements =
      Collections.synchronizedMap(new TreeMap<>());
  private final RuntimeException failure;

  RecordingHandbackProcessor() {
    this(null);
  }

  /** A processor whose filer throws {@code failure} (if not null) instead of creating a file. */
  RecordingHandbackProcessor(RuntimeException failure) {
    this.failure = failure;
  }

  /**
   * The originating elements of every created file, by file name: each as {@code kind name
   * (top-level|nested)}, for example {@code INTERFACE com.example.Jobs (top-level)}.
   */
  Map<String, List<String>> originatingElements() {
    return Map.copyOf(originatingElements);
  }

  /** Qualified names of the source files the processor created, in name order. */
  Set<String> createdSources() {
    return Set.copyOf(createdSources);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    delegate.init(new RecordingEnvironment(environment));
    // javac's tree API takes only its own environment, not the recording wrapper.
    delegate.useSourceFiles(SourceFiles.of(environment));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private final class RecordingEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment environment;
    private final Filer filer;

    RecordingEnvironment(ProcessingEnvironment environment) {
      this.environment = environment;
      this.filer = new RecordingFiler(environment.getFiler());
    }

    @Override
    public Map<String, String> getOptions() {
      return environment.getOptions();
    }

    @Override
    public Messager getMessager() {
      return environment.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return environment.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return environment.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return environment.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return environment.getLocale();
    }
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      if (failure != null) {
        throw failure;
      }
      createdSources.add(name.toString());
      List<String> origins = new ArrayList<>();
      for (Element origin : originatingElements) {
        String qualified =
            origin instanceof TypeElement type
                ? type.getQualifiedName().toString()
                : origin.toString();
        boolean topLevel = origin.getEnclosingElement().getKind() == ElementKind.PACKAGE;
        origins.add(origin.getKind() + " " + qualified + (topLevel ? " (top-level)" : " (nested)"));
      }
      RecordingHandbackProcessor.this.originatingElements.put(name.toString(), origins);
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      createdSources.add(name + " (class file)");
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence moduleAndPackage,
        CharSequence relativeName,
        Element... originatingElements)
        throws IOException {
      createdSources.add(moduleAndPackage + "/" + relativeName + " (resource)");
      return filer.createResource(location, moduleAndPackage, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPackage, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPackage, relativeName);
    }
  }
}
