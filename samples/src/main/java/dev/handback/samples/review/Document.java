package dev.handback.samples.review;

/**
 * A document submitted for publication.
 *
 * @param id the document's identifier, such as {@code DOC-1}
 * @param title its title
 * @param author who wrote it, and who gets it back when the review rejects it
 * @param text its content
 */
public record Document(String id, String title, String author, String text) {}
