/**
 * The immutable description of what to generate for one activity interface, free of javac types.
 */
package dev.handback.processor.model;
