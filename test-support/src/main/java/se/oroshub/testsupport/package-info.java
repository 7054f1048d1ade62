/**
 * A real Kafka broker and schema registry for every integration test: annotate the test class with
 * {@link se.oroshub.testsupport.RealKafka} and take a {@link se.oroshub.testsupport.KafkaTestEnvironment} parameter.
 * Testcontainers' Kafka where Docker is available, an in-process KRaft broker otherwise; never a mock. Checked by
 * {@code KafkaTestEnvironmentIT}. For the tests of who may do what, {@link se.oroshub.testsupport.SecuredKafkaBroker}
 * is an in-process broker that admits only clients with a certificate and authorises every request by ACLs, proven
 * by {@code BrokerAccessIT} in the access module.
 */
package se.oroshub.testsupport;
