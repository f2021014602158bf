package dev.handback.maven;

import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packs the completer jar for Java teams: the generated completers and handles plus the project
 * classes they need (computed from the bytecode), attached with the classifier {@code completer}. A
 * team depends on it, {@code handback-annotations} and {@code temporal-sdk}, not on the worker.
 * Does nothing in a project without {@code @AsyncCompletable} interfaces.
 */
@Mojo(name = "completer-jar", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class CompleterJarMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  private final MavenProjectHelper projectHelper;

  /** A mojo that attaches its files through {@code projectHelper}. */
  @Inject
  public CompleterJarMojo(MavenProjectHelper projectHelper) {
    this.projectHelper = projectHelper;
  }

  /** The compiled classes, with the models the processor wrote under {@code META-INF/handback}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /** The jar to write. */
  @Parameter(
      defaultValue = "${project.build.directory}/${project.build.finalName}-completer.jar",
      property = "handback.completerJar")
  private File jarFile;

  /** The classifier the jar is attached with. */
  @Parameter(defaultValue = "completer", property = "handback.completer.classifier")
  private String classifier;

  /** Skips this goal. */
  @Parameter(defaultValue = "false", property = "handback.completer.skip")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping the Handback completer jar (handback.completer.skip)");
      return;
    }
    try {
      List<HandbackModel> models = new ModelReader().read(classesDirectory.toPath());
      if (models.stream().allMatch(model -> model.completer() == null)) {
        getLog()
            .info(
                "No Handback completers in "
                    + classesDirectory
                    + " (no models, or only @Polled methods): no completer jar to build");
        return;
      }
      CompleterJarBuilder.Outcome outcome =
          new CompleterJarBuilder().build(models, classesDirectory.toPath(), jarFile.toPath());
      getLog()
          .info(
              (outcome.written() ? "Wrote " : "Up to date: ")
                  + outcome.jar()
                  + " ("
                  + outcome.classes().size()
                  + " classes)");
      if (!outcome.elsewhere().isEmpty()) {
        getLog()
            .warn(
                "The completer jar refers to classes outside this module, which its users need too: "
                    + String.join(", ", outcome.elsewhere()).replace('/', '.'));
      }
      projectHelper.attachArtifact(project, "jar", classifier, outcome.jar().toFile());
    } catch (ModelException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }
}
