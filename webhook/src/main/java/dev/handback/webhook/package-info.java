/**
 * An HTTP endpoint for external systems that can only call a URL: {@link
 * dev.handback.webhook.WebhookReceiver} takes {@code POST <base>/<encoded handle>} with the result
 * or failure as JSON and delivers it on the handle's path through Temporal, within limits that hold
 * against slow and hostile clients. {@link dev.handback.webhook.WebhookEndpoint} is the same
 * protocol without an HTTP server, for a framework's endpoint to call.
 */
package dev.handback.webhook;
