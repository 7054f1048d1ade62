/**
 * What the connector writes to the hub: status events and the delivery alarm, with deterministic ids
 * ({@link se.oroshub.connector.socialservices.events.StatusEvents}), published durably
 * ({@link se.oroshub.connector.socialservices.events.EventPublisher}); and the one way a status event social services
 * recorded is handled, by the HTTP API and the inbox alike: published first, then applied to the inbox
 * ({@link se.oroshub.connector.socialservices.events.StatusEventRecorder}). Guarded by {@code StatusEventRecorderTest}.
 */
package se.oroshub.connector.socialservices.events;
