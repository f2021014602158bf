package dev.handback.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes the contract for external teams: {@code contract.json} (activity types, task queues,
 * paths, timeouts, the handle format and how to decode it, JSON Schemas of results and failures)
 * and {@code contract.md} (how to reply from Java, TypeScript, Python, Go and the Temporal CLI),
 * and attaches both with the classifier {@code handback-contract}. Does nothing in a project
 * without {@code @AsyncCompletable} interfaces; leaves files whose content is unchanged alone.
 */
@Mojo(
    name = "contract",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class ContractMojo extends AbstractMojo {
  /** The classifier of the attached contract files. */
  public static final String CLASSIFIER = "handback-contract";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  private final MavenProjectHelper projectHelper;

  /** A mojo that attaches its files through {@code projectHelper}. */
  @Inject
  public ContractMojo(MavenProjectHelper projectHelper) {
    this.projectHelper = projectHelper;
  }

  /** The compiled classes, with the models the processor wrote under {@code META-INF/handback}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /** Where {@code contract.json} and {@code contract.md} are written. */
  @Parameter(
      defaultValue = "${project.build.directory}/handback",
      property = "handback.outputDirectory")
  private File outputDirectory;

  /** Whether to attach the contract files to the build, so they are installed and deployed. */
  @Parameter(defaultValue = "true", property = "handback.contract.attach")
  private boolean attach;

  /** Skips this goal. */
  @Parameter(defaultValue = "false", property = "handback.contract.skip")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping the Handback contract (handback.contract.skip)");
      return;
    }
    ProjectCoordinates coordinates =
        new ProjectCoordinates(project.getGroupId(), project.getArtifactId(), project.getVersion());
    Optional<ContractGenerator.Outcome> outcome;
    try (URLClassLoader classes = compileClassLoader()) {
      outcome =
          new ContractGenerator()
              .generate(coordinates, classesDirectory.toPath(), classes, outputDirectory.toPath());
    } catch (ModelException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot close the project's class loader: " + e.getMessage(), e);
    }
    if (outcome.isEmpty()) {
      getLog().info("No Handback models in " + classesDirectory + ": no contract to write");
      return;
    }
    ContractGenerator.Outcome done = outcome.get();
    getLog()
        .info(
            (done.jsonWritten() ? "Wrote " : "Up to date: ")
                + done.json()
                + " ("
                + done.activities()
                + " activities)");
    getLog().info((done.markdownWritten() ? "Wrote " : "Up to date: ") + done.markdown());
    if (attach) {
      projectHelper.attachArtifact(project, "json", CLASSIFIER, done.json().toFile());
      projectHelper.attachArtifact(project, "md", CLASSIFIER, done.markdown().toFile());
    }
  }

  private URLClassLoader compileClassLoader() throws MojoExecutionException {
    try {
      List<URL> urls = new ArrayList<>();
      urls.add(classesDirectory.toURI().toURL());
      for (String element : project.getCompileClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
      return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException(
          "Cannot build the project's compile classpath: " + e.getMessage(), e);
    }
  }
}
