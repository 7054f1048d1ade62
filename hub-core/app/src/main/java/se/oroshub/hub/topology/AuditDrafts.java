package se.oroshub.hub.topology;

import java.util.HashMap;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.schemas.avro.AuditRecord;

/**
 * Carries an {@link AuditEntry} across the repartition to its chain's owner as an {@link AuditRecord} not yet placed
 * in the chain (sequence 0, no hashes); the owner turns it back into the entry and appends it.
 */
final class AuditDrafts {

    private AuditDrafts() {
    }

    static AuditRecord draft(AuditEntry entry) {
        return AuditRecord.newBuilder()
                .setChain(entry.chain())
                .setSequence(0)
                .setAuditId(entry.auditId())
                .setOccurredAt(entry.occurredAt())
                .setAction(entry.action())
                .setReportId(entry.reportId())
                .setActor(entry.actor())
                .setReasonCode(entry.reasonCode())
                .setAttributes(new HashMap<>(entry.attributes()))
                .setPreviousHash("")
                .setHash("")
                .build();
    }

    static AuditEntry entry(AuditRecord draft) {
        return new AuditEntry(draft.getChain(), draft.getAuditId(), draft.getOccurredAt(), draft.getAction(),
                draft.getReportId(), draft.getActor(), draft.getReasonCode(), draft.getAttributes());
    }
}
