/**
 * An HTTP endpoint for external systems that can only call a URL: {@link
 * dev.handback.webhook.WebhookReceiver} takes {@code POST <base>/<encoded handle>} with the result
 * or failure as JSON and delivers it on the handle's path through Temporal.
 */
package dev.handback.webhook;
