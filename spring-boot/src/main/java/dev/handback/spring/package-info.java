/**
 * Handback's Spring Boot starter: completer beans, the webhook endpoint in the application's own
 * web server, and reply metrics on the Temporal starter's metrics scope. Everything here is
 * configured by Spring Boot itself; an application only sets {@code handback.*} properties, if any.
 */
package dev.handback.spring;
