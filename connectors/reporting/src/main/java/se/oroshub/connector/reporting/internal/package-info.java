/**
 * The Kafka implementations behind the reporting ports: {@code KafkaIntakePublisher} and {@code KafkaFeedbackInbox}.
 * Connectors use the ports in {@code se.oroshub.connector.reporting} and never these classes directly. Guarded by
 * {@code KafkaIntakePublisherTest}.
 */
package se.oroshub.connector.reporting.internal;
