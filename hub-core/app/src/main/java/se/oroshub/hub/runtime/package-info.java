/**
 * Runs the hub topology: the Kafka Streams lifecycle under Spring ({@link se.oroshub.hub.runtime.HubStreamsLifecycle})
 * and its health ({@link se.oroshub.hub.runtime.StreamsHealthIndicator}).
 */
package se.oroshub.hub.runtime;
