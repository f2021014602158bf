/**
 * Handback's test kit, for users' tests on Temporal's test server with time skipping.
 *
 * <ul>
 *   <li>Workflow tests: {@link dev.handback.testing.ExternalParty} waits until a method of a
 *       workflow waits for its external result, on any of Handback's three paths, and replies to it
 *       typed ({@link dev.handback.testing.Awaiting}); {@link dev.handback.testing.StandIn} plays
 *       the activities that wait, so the test plays their external party.
 *   <li>Time travel: {@link dev.handback.testing.Awaiting#advanceToJustBefore} and {@link
 *       dev.handback.testing.Awaiting#advanceJustPast} move the clock across the {@link
 *       dev.handback.testing.Timeout}s Handback declared, although an activity that waits for its
 *       external party stops the test server from skipping time by itself.
 *   <li>Activity unit tests: {@link dev.handback.testing.HandOffs} returns the handle an
 *       implementation handed out under Temporal's {@code TestActivityEnvironment}, and takes
 *       replies to it in memory.
 *   <li>Assertions: the handles handed out ({@link dev.handback.testing.HandOff}), the reply
 *       recorded once, the options Temporal recorded ({@link
 *       dev.handback.testing.ScheduledOptions}) against {@code FooOptions}.
 * </ul>
 *
 * None of these types shows a type of {@code dev.handback.internal} or {@code
 * dev.handback.testing.internal}.
 */
package dev.handback.testing;
