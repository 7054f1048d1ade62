package se.oroshub.connector.socialservices.events;

import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.DeadlineDeviation;

/**
 * Where the connector writes what social services did and what went wrong. Both calls return only once the broker
 * has durably acknowledged the record (idempotent producer, {@code acks=all}), so a caller may then commit the input
 * it acted on.
 */
public interface EventPublisher {

    /**
     * Publishes a status event to its municipality's {@code Topics.MUNICIPALITY_STATUS_EVENTS} topic, keyed by
     * report id.
     *
     * @throws EventPublishingException when the broker did not acknowledge in time
     */
    void publish(CaseStatusEvent event);

    /**
     * Publishes a deviation (the delivery alarm) to the municipality's deviation topic, keyed by report id.
     *
     * @throws EventPublishingException when the broker did not acknowledge in time
     */
    void publish(DeadlineDeviation deviation);
}
