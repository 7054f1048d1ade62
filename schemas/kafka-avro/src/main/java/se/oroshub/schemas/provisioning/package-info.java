/**
 * Creating the topics of {@link se.oroshub.schemas.topics.Topics} with the Kafka Admin API
 * ({@link se.oroshub.schemas.provisioning.TopicProvisioner}). Guarded on a real broker by {@code TopicProvisionerIT}
 * in test-support, the module that starts brokers for tests.
 */
package se.oroshub.schemas.provisioning;
