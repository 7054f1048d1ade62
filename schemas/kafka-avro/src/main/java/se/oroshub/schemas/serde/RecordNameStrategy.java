package se.oroshub.schemas.serde;

import org.apache.avro.Schema;

/** The record's full name as subject, so one record type keeps one lineage across every topic that carries it. */
public final class RecordNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return schema.getFullName();
    }
}
