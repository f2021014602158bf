package dev.handback.bench.maven;

import dev.handback.bench.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A single-module Maven project, as a user would set it up: {@code handback-annotations} as
 * dependency, the processor on the annotation processor path (or, for a team that checked the
 * generated code in, no annotation processing), the build's compiler flags, the plugin declared
 * with a timeout policy but bound to no phase (the benchmark names its goals on the command line),
 * and a {@code settings.xml} whose local repository is the private one and whose only remote is the
 * user's own repository, so a build downloads nothing. Its sources are written by the caller.
 */
final class ThrowAwayProject {
  private final Path dir;

  private ThrowAwayProject(Path dir) {
    this.dir = dir;
  }

  /**
   * Writes the project's build files into a fresh {@code dir}, with no sources yet: they go to
   * {@link #sources()} and {@link #resources()}.
   */
  static ThrowAwayProject create(
      Path dir, String artifactId, AnnotationProcessing processing, MavenStepSettings settings) {
    Directories.delete(dir);
    try {
      // Maven looks upwards for .mvn/ to find its configuration; this one stops it at the project,
      // before the repository's own .mvn/maven.config.
      Files.createDirectories(dir.resolve(".mvn"));
      Files.writeString(dir.resolve("pom.xml"), pom(artifactId, processing, settings));
      Files.writeString(dir.resolve("settings.xml"), settings(settings));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ThrowAwayProject(dir);
  }

  Path dir() {
    return dir;
  }

  /** The Java source directory. */
  Path sources() {
    return dir.resolve("src/main/java");
  }

  /** The resource directory, copied into {@link #classes()} by the build. */
  Path resources() {
    return dir.resolve("src/main/resources");
  }

  /** What a build compiled and copied: class files and resources. */
  Path classes() {
    return dir.resolve("target/classes");
  }

  /** Where the compiler plugin has the annotation processors write their sources. */
  Path generatedSources() {
    return dir.resolve("target/generated-sources/annotations");
  }

  Path settingsFile() {
    return dir.resolve("settings.xml");
  }

  /** Deletes the build output, so the next build compiles everything again. */
  void clean() {
    Directories.delete(dir.resolve("target"));
  }

  private static String pom(
      String artifactId, AnnotationProcessing processing, MavenStepSettings settings) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench.throwaway</groupId>
          <artifactId>%4$s</artifactId>
          <version>1.0</version>
          <description>Written by Handback's Maven-step benchmark; thrown away after the run.</description>

          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <maven.compiler.release>17</maven.compiler.release>
          </properties>

          <dependencies>
            <dependency>
              <groupId>dev.handback</groupId>
              <artifactId>handback-annotations</artifactId>
              <version>%1$s</version>
            </dependency>
          </dependencies>

          <build>
            <plugins>
              <plugin>
                <artifactId>maven-resources-plugin</artifactId>
                <version>%2$s</version>
              </plugin>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>%3$s</version>
                <configuration>
                  <compilerArgs><arg>-Xlint:all,-processing</arg><arg>-Werror</arg></compilerArgs>
                  %5$s
                </configuration>
              </plugin>
              <plugin>
                <groupId>dev.handback</groupId>
                <artifactId>handback-maven-plugin</artifactId>
                <version>%1$s</version>
                <configuration>
                  <maxStartToCloseWithoutHeartbeat>PT1H</maxStartToCloseWithoutHeartbeat>
                  <allowedTaskQueues>
                    <allowedTaskQueue>queue0</allowedTaskQueue>
                    <allowedTaskQueue>queue1</allowedTaskQueue>
                    <allowedTaskQueue>queue2</allowedTaskQueue>
                  </allowedTaskQueues>
                  <allowedPaths>
                    <allowedPath>completion</allowedPath>
                  </allowedPaths>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(
            settings.handbackVersion(),
            settings.resourcesPlugin(),
            settings.compilerPlugin(),
            artifactId,
            processing.compilerConfiguration(settings.handbackVersion()));
  }

  private static String settings(MavenStepSettings settings) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <settings>
          <localRepository>%1$s</localRepository>
          <mirrors>
            <mirror>
              <!-- Read only: everything comes from what the outer build already downloaded. -->
              <id>user-repository</id>
              <url>%2$s</url>
              <mirrorOf>*</mirrorOf>
            </mirror>
          </mirrors>
          <profiles>
            <profile>
              <!-- The user's repository keeps no checksum files; the mirror takes this policy. -->
              <id>no-checksums</id>
              <repositories>
                <repository>
                  <id>central</id>
                  <url>%2$s</url>
                  <releases><checksumPolicy>ignore</checksumPolicy></releases>
                  <snapshots><enabled>false</enabled></snapshots>
                </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
                  <id>central</id>
                  <url>%2$s</url>
                  <releases><checksumPolicy>ignore</checksumPolicy></releases>
                  <snapshots><enabled>false</enabled></snapshots>
                </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>no-checksums</activeProfile>
          </activeProfiles>
        </settings>
        """
        .formatted(settings.repository(), settings.userRepository().toUri());
  }
}
