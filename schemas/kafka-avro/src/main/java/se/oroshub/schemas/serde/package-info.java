/**
 * Kafka serdes for Avro in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro binary),
 * configured with Confluent's property names ({@link se.oroshub.schemas.serde.KafkaAvroSerdeConfig}), so Confluent's
 * {@code KafkaAvroSerializer}/{@code KafkaAvroDeserializer} can replace ours by changing class names alone and bytes
 * written by either are readable by the other.
 *
 * <p>{@link se.oroshub.schemas.serde.TopicSerdes} gives the serdes of a typed topic of
 * {@link se.oroshub.schemas.topics.Topics}. Tested by {@code KafkaAvroSerdeTest} and {@code SpecificAvroSerdeTest}.
 */
package se.oroshub.schemas.serde;
