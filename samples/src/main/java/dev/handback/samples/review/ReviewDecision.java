package dev.handback.samples.review;

/**
 * What the review desk decided about a document.
 *
 * @param approved whether the document may be published
 * @param reviewer who reviewed it
 * @param comment the reviewer's remark for the author; empty when there is nothing to say
 */
public record ReviewDecision(boolean approved, String reviewer, String comment) {}
