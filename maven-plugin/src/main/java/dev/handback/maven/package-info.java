/**
 * The {@code handback} Maven plugin: {@code contract} (contract.json and contract.md for teams in
 * any language), {@code completer-jar} (the generated completers for Java teams) and {@code check}
 * (a team's policy on timeouts, heartbeats, task queues and paths), all read from the model the
 * processor writes under {@code META-INF/handback/}.
 */
package dev.handback.maven;
