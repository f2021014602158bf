/**
 * The annotation processor: validates activity interfaces against Temporal's and Handback's rules
 * into a report of diagnostics ({@link dev.handback.processor.Message}), and hands the valid ones
 * to the writers.
 */
package dev.handback.processor;
