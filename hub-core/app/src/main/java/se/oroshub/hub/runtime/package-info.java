/**
 * Runs the hub topology: the Kafka Streams lifecycle under Spring ({@link se.oroshub.hub.runtime.HubStreamsLifecycle})
 * and its health ({@link se.oroshub.hub.runtime.StreamsHealthIndicator}). On the real broker,
 * {@code IntakeToMunicipalityIT} reads the health over HTTP and {@code RestartMidStreamIT} stops one hub mid-stream for
 * another to take over.
 */
package se.oroshub.hub.runtime;
