package dev.handback.bench.compile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;

/**
 * A processor that runs another one unchanged, except that its Filer is a {@link RecordingFiler}:
 * what it writes lands in the compilation as usual and in a {@link GeneratedOutput} as well.
 */
final class RecordingProcessor extends DelegatingProcessor {
  private final GeneratedOutput output;

  RecordingProcessor(Processor processor, GeneratedOutput output) {
    super(processor);
    this.output = output;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer recording = new RecordingFiler(env.getFiler(), output);
    super.init(
        (ProcessingEnvironment)
            Proxy.newProxyInstance(
                ProcessingEnvironment.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getFiler")) {
                    return recording;
                  }
                  try {
                    return method.invoke(env, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                }));
  }
}
