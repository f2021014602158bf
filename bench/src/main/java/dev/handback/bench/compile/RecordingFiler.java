package dev.handback.bench.compile;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.ForwardingFileObject;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac's Filer, with every source file and resource written through it also recorded into a {@link
 * GeneratedOutput}, under the first originating type, once its writer or stream closes.
 */
final class RecordingFiler implements Filer {
  private final Filer filer;
  private final GeneratedOutput output;

  RecordingFiler(Filer filer, GeneratedOutput output) {
    this.filer = filer;
    this.output = output;
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
      throws IOException {
    String origin = origin(originatingElements);
    return new ForwardingJavaFileObject<>(filer.createSourceFile(name, originatingElements)) {
      @Override
      public Writer openWriter() throws IOException {
        StringWriter copy = new StringWriter();
        return new FilterWriter(super.openWriter()) {
          @Override
          public void write(int c) throws IOException {
            super.write(c);
            copy.write(c);
          }

          @Override
          public void write(char[] chars, int offset, int length) throws IOException {
            super.write(chars, offset, length);
            copy.write(chars, offset, length);
          }

          @Override
          public void write(String text, int offset, int length) throws IOException {
            super.write(text, offset, length);
            copy.write(text, offset, length);
          }

          @Override
          public void close() throws IOException {
            super.close();
            output.add(origin, new GeneratedOutput.Source(name.toString(), copy.toString()));
          }
        };
      }
    };
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
    throw new UnsupportedOperationException(
        "The benchmark records source files and resources only");
  }

  @Override
  public FileObject createResource(
      JavaFileManager.Location location,
      CharSequence pkg,
      CharSequence relativeName,
      Element... originatingElements)
      throws IOException {
    String origin = origin(originatingElements);
    return new ForwardingFileObject<>(
        filer.createResource(location, pkg, relativeName, originatingElements)) {
      @Override
      public OutputStream openOutputStream() throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        return new FilterOutputStream(super.openOutputStream()) {
          @Override
          public void write(int b) throws IOException {
            super.write(b);
            copy.write(b);
          }

          // FilterOutputStream's own writes an array one byte at a time into javac's stream, a
          // file channel: a call into the channel for every byte, which javac's Filer never makes.
          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            copy.write(bytes, offset, length);
          }

          @Override
          public void close() throws IOException {
            super.close();
            output.add(
                origin,
                new GeneratedOutput.Resource(
                    location, pkg.toString(), relativeName.toString(), copy.toByteArray()));
          }
        };
      }
    };
  }

  @Override
  public FileObject getResource(
      JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
      throws IOException {
    return filer.getResource(location, pkg, relativeName);
  }

  private static String origin(Element... originatingElements) {
    for (Element element : originatingElements) {
      if (element instanceof TypeElement type) {
        return type.getQualifiedName().toString();
      }
    }
    throw new IllegalArgumentException("A file without an originating type cannot be replayed");
  }
}
