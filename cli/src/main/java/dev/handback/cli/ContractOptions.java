package dev.handback.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where a command finds the methods it may reply to: contract files, or compiled classes. */
final class ContractOptions {
  @Option(
      names = "--contract",
      paramLabel = "file",
      description =
          "A contract.json written by handback:contract (repeatable): the methods, their timeouts"
              + " and result schemas.")
  List<Path> contracts = new ArrayList<>();

  @Option(
      names = "--classes",
      paramLabel = "dir|jar",
      description =
          "Compiled classes with Handback's models (META-INF/handback), a directory such as"
              + " target/classes or a jar (repeatable): the contract is built from them as"
              + " handback:contract builds it.")
  List<Path> classes = new ArrayList<>();

  @Option(
      names = "--classpath",
      paramLabel = "path",
      split = "${sys:path.separator}",
      splitSynopsisLabel = ":",
      description = "Jars and directories the result types of --classes need.")
  List<Path> classPath = new ArrayList<>();

  Contract load() {
    return Contract.load(contracts, classes, classPath);
  }
}
