/**
 * Creating the topics of {@link se.oroshub.schemas.topics.Topics} with the Kafka Admin API
 * ({@link se.oroshub.schemas.provisioning.TopicProvisioner}).
 */
package se.oroshub.schemas.provisioning;
