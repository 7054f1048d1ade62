package se.oroshub.hub.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import se.oroshub.schemas.avro.RejectedSubmission;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.digest.ContentDigest;

/**
 * Builds dead-letter records: the reason, the source position, the digest and bytes of the original value. The
 * rejection id is derived from the source position and the reason's index, so reprocessing the same record after a
 * failover produces the same ids.
 */
final class Rejections {

    private Rejections() {}

    /** Where a record came from. */
    record Source(String topic, int partition, long offset) {

        static Source of(RecordMetadata metadata) {
            return new Source(metadata.topic(), metadata.partition(), metadata.offset());
        }

        String rejectionId(int index) {
            String name = "oroshub:rejection:" + topic + ":" + partition + ":" + offset + ":" + index;
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    static RejectedSubmission rejection(
            Source source,
            int index,
            String reportId,
            RejectionReason reason,
            String field,
            String detail,
            String connectorId,
            byte[] original,
            Instant at) {
        byte[] bytes = original == null ? new byte[0] : original;
        return RejectedSubmission.newBuilder()
                .setRejectionId(source.rejectionId(index))
                .setReportId(reportId)
                .setReason(reason)
                .setField(field)
                .setDetail(detail)
                .setSourceTopic(source.topic())
                .setSourcePartition(source.partition())
                .setSourceOffset(source.offset())
                .setConnectorId(connectorId)
                .setOriginalDigest(ContentDigest.sha256Hex(bytes))
                .setOriginalValue(original == null ? null : ByteBuffer.wrap(original))
                .setRejectedAt(at)
                .build();
    }
}
