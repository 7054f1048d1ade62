package se.oroshub.hub.topology;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.rules.linking.EarlierReportLinks;
import se.oroshub.hub.rules.linking.LinkEntry;
import se.oroshub.hub.rules.linking.LinkResult;
import se.oroshub.hub.topology.HubOutput.AuditOut;
import se.oroshub.hub.topology.HubOutput.RoutedOut;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.RoutedReport;

/**
 * Links each routed report to the earlier reports about the same child at the same municipality
 * ({@link EarlierReportLinks}), reading the repartition keyed by (municipality, child pseudonym) so that every report
 * about one child at one municipality meets in one task. The entries live under that key only, so another
 * municipality's reports can never be listed. Reports without a usable identity number pass through unlinked.
 * Emits the routed report keyed by report id, and an audit record of this task's chain ({@link AuditTrail}) when it
 * was linked to earlier reports.
 */
final class LinkingProcessor implements Processor<String, RoutedReport, String, HubOutput> {

    private final EarlierReportLinks links;
    private ProcessorContext<String, HubOutput> context;
    private KeyValueStore<String, List<LinkEntry>> entries;
    private AuditTrail auditTrail;

    LinkingProcessor(HubTopologyConfig config) {
        this.links = new EarlierReportLinks(config.linkingWindowDays());
    }

    @Override
    public void init(ProcessorContext<String, HubOutput> context) {
        this.context = context;
        this.entries = context.getStateStore(HubTopology.LINK_STORE);
        this.auditTrail = AuditTrail.of(context, HubTopology.LINKING_AUDIT_HEAD_STORE, HubTopology.LINKING_SEGMENT);
    }

    @Override
    public void process(Record<String, RoutedReport> record) {
        // Freshly read from the repartition topic and seen by this processor alone, so it is completed in place.
        RoutedReport report = record.value();
        if (LinkKey.isChild(record.key())) {
            List<LinkEntry> prior = entries.get(record.key());
            LinkResult result =
                    links.link(prior == null ? List.of() : prior, report.getReportId(), report.getAcceptedAt());
            entries.put(record.key(), result.entries());
            report.setEarlierReports(result.earlierReports());
            if (result.earlierReports().getCount() > 0) {
                AuditEntry linked = AuditEntry.linked(
                        report.getReportId(),
                        report.getMunicipalityCode(),
                        result.earlierReports(),
                        Instant.ofEpochMilli(context.currentSystemTimeMs()));
                AuditRecord chained = auditTrail.append(linked);
                context.forward(new Record<>(chained.getChain(), new AuditOut(chained), record.timestamp()));
            }
        }
        context.forward(new Record<>(report.getReportId(), new RoutedOut(report), record.timestamp()));
    }
}
