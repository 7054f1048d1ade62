package se.oroshub.schemas.serde;

import org.apache.avro.Schema;

/** The default strategy: {@code <topic>-key} or {@code <topic>-value}, one schema lineage per topic. */
public final class TopicNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + (isKey ? "-key" : "-value");
    }
}
