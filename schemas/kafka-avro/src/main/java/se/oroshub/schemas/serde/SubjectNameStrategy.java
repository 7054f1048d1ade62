package se.oroshub.schemas.serde;

import org.apache.avro.Schema;

/**
 * Decides the registry subject a record's schema is registered and looked up under, as Confluent's
 * {@code io.confluent.kafka.serializers.subject.strategy.SubjectNameStrategy} does.
 */
@FunctionalInterface
public interface SubjectNameStrategy {

    /**
     * The subject for a record.
     *
     * @param topic  the topic the record is written to or read from
     * @param isKey  whether the record is a key
     * @param schema the record's schema
     */
    String subjectName(String topic, boolean isKey, Schema schema);
}
