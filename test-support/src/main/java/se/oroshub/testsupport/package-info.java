/**
 * A real Kafka broker and schema registry for every integration test: annotate the test class with
 * {@link se.oroshub.testsupport.RealKafka} and take a {@link se.oroshub.testsupport.KafkaTestEnvironment} parameter.
 * Testcontainers' Kafka where Docker is available, an in-process KRaft broker otherwise; never a mock. Checked by
 * {@code KafkaTestEnvironmentIT}.
 */
package se.oroshub.testsupport;
