package se.oroshub.hub.topology;

import java.util.Objects;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import se.oroshub.hub.rules.audit.AuditChain;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.rules.audit.AuditHead;
import se.oroshub.schemas.avro.AuditRecord;

/**
 * The audit chains one task writes: for each owner (a municipality, or the hub) the chain
 * {@code owner/segment-partition} ({@link AuditChain#chainId}), whose head lives in the task's own head store. The task
 * is the chain's only writer and appends in the same transaction that records the decision, so the chained record,
 * the new head and the decision commit together and the chain never needs a repartition to a single owner.
 */
final class AuditTrail {

    private final KeyValueStore<String, AuditHead> heads;
    private final String segment;

    private AuditTrail(KeyValueStore<String, AuditHead> heads, String segment) {
        this.heads = heads;
        this.segment = segment;
    }

    /**
     * The trail of the task {@code context} runs, named {@code segment-partition} after the task's input partition.
     *
     * @param store the head store connected to the processor
     * @param segment the name of the sub-topology, e.g. {@code intake}
     */
    static AuditTrail of(ProcessorContext<?, ?> context, String store, String segment) {
        Objects.requireNonNull(segment, "segment");
        return new AuditTrail(
                context.getStateStore(store), segment + "-" + context.taskId().partition());
    }

    /** Appends {@code entry} to its owner's chain of this task and returns the chained record. */
    AuditRecord append(AuditEntry entry) {
        String chain = AuditChain.chainId(entry.owner(), segment);
        AuditHead head = heads.get(chain);
        AuditRecord chained = AuditChain.append(head == null ? AuditHead.genesis(chain) : head, entry);
        heads.put(chain, AuditHead.after(chained));
        return chained;
    }
}
