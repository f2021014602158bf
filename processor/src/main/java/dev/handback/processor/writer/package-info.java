/**
 * Writers that translate the model into generated Java sources and the JSON model, and nothing
 * more.
 */
package dev.handback.processor.writer;
