package dev.handback.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** What every generated file shares: the {@code @Generated} marker and the file layout. */
final class GeneratedFiles {
  static final String GENERATOR = "dev.handback.processor.HandbackProcessor";
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedFiles() {}

  static AnnotationSpec generatedAnnotation() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
  }

  static JavaFile file(ClassName name, TypeSpec type) {
    return JavaFile.builder(name.packageName(), type)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }
}
