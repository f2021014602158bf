/**
 * Handback's command line for operators ({@code java -jar handback-cli.jar}): {@code waiting},
 * {@code inspect} and {@code reply}. See {@link dev.handback.cli.HandbackCli}.
 */
package dev.handback.cli;
