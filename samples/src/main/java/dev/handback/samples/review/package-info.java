/**
 * The review-desk sample: a document waits up to a week for a human review desk on each of
 * Handback's three paths, on Temporal's in-process test server or a real service.
 */
package dev.handback.samples.review;
