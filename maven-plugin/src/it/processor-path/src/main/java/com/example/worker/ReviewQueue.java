package com.example.worker;

/** Where the worker hands requests to the review desk, such as a message queue. */
public interface ReviewQueue {
  /** Sends {@code document} to the desk with the handle it replies with. */
  void send(Document document, String handle);

  /** Whether the archive has {@code documentId}. */
  boolean archived(String documentId);
}
