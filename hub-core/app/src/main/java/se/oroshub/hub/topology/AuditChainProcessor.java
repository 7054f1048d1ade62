package se.oroshub.hub.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import se.oroshub.hub.rules.audit.AuditChain;
import se.oroshub.hub.rules.audit.AuditHead;
import se.oroshub.schemas.avro.AuditRecord;

/**
 * Owns the audit chains of its partitions: reads audit entries keyed by chain (a municipality code or {@code hub}),
 * appends each after the chain's head ({@link AuditChain#append}), stores the new head and emits the chained record to
 * the audit topic keyed by chain. Because the key is the chain, one task owns each chain and its records stay in order.
 */
final class AuditChainProcessor implements Processor<String, AuditRecord, String, AuditRecord> {

    private ProcessorContext<String, AuditRecord> context;
    private KeyValueStore<String, AuditHead> heads;

    @Override
    public void init(ProcessorContext<String, AuditRecord> context) {
        this.context = context;
        this.heads = context.getStateStore(HubTopology.AUDIT_HEAD_STORE);
    }

    @Override
    public void process(Record<String, AuditRecord> record) {
        var entry = AuditDrafts.entry(record.value());
        AuditHead head = heads.get(entry.chain());
        AuditRecord chained = AuditChain.append(head == null ? AuditHead.genesis(entry.chain()) : head, entry);
        heads.put(entry.chain(), AuditHead.after(chained));
        context.forward(new Record<>(entry.chain(), chained, record.timestamp()));
    }
}
