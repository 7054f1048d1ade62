package se.oroshub.schemas.serde;

import org.apache.avro.Schema;

/** {@code <topic>-<record full name>}: a lineage per record type and topic, for topics carrying several types. */
public final class TopicRecordNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + "-" + schema.getFullName();
    }
}
