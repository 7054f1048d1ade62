package se.oroshub.hub.topology;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.state.ReportLedgerEntry;
import se.oroshub.hub.topology.HubOutput.AuditOut;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.UnroutableReport;

/**
 * The state of the sub-topology keyed by report id, which the processors of intake, status events and clearing
 * decisions share in one task: the ledger of accepted reports, the reports waiting in clearing, the deadline clocks and
 * the task's audit chains.
 *
 * @param ledger            accepted reports by report id
 * @param waitingInClearing reports waiting for a person's decision, by report id
 * @param clocks            the deadline clocks and their due index
 * @param auditTrail        the audit chains this task writes
 */
record ReportState(
        KeyValueStore<String, ReportLedgerEntry> ledger,
        KeyValueStore<String, UnroutableReport> waitingInClearing,
        DeadlineClocks clocks,
        AuditTrail auditTrail) {

    /** The stores connected to the processor {@code context} runs. */
    static ReportState of(ProcessorContext<?, ?> context) {
        return new ReportState(
                context.getStateStore(HubTopology.LEDGER_STORE),
                context.getStateStore(HubTopology.CLEARING_STORE),
                new DeadlineClocks(
                        context.getStateStore(HubTopology.CLOCK_STORE),
                        context.getStateStore(HubTopology.DUE_INDEX_STORE)),
                AuditTrail.of(context, HubTopology.INTAKE_AUDIT_HEAD_STORE, HubTopology.INTAKE_SEGMENT));
    }

    /** Appends {@code entry} to its chain and returns the record to forward to the audit topic, keyed by chain. */
    Record<String, HubOutput> audit(AuditEntry entry, long timestamp) {
        AuditRecord chained = auditTrail.append(entry);
        return new Record<>(chained.getChain(), new AuditOut(chained), timestamp);
    }
}
