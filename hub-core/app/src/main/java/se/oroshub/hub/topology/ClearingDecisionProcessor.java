package se.oroshub.hub.topology;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.rules.clearing.ClearingAuthority;
import se.oroshub.hub.rules.clearing.ClearingVerdict;
import se.oroshub.hub.rules.clearing.KnownReport;
import se.oroshub.hub.rules.deadline.DeadlinePolicy;
import se.oroshub.hub.rules.deadline.ReportClock;
import se.oroshub.hub.state.ReportLedgerEntry;
import se.oroshub.hub.topology.HubOutput.ClearingOverdueOut;
import se.oroshub.hub.topology.HubOutput.DeadLetterOut;
import se.oroshub.hub.topology.HubOutput.RoutedOut;
import se.oroshub.hub.topology.Rejections.Source;
import se.oroshub.schemas.avro.ClearingDecision;
import se.oroshub.schemas.avro.ClearingOverdue;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.avro.UnroutableReport;

/**
 * Routes a report out of clearing on a person's decision (raw bytes from {@code CLEARING_DECISIONS}, keyed by report
 * id and co-partitioned with the intake, so the decision meets the report's ledger entry and the report itself, kept
 * in the clearing store since intake):
 * <ol>
 *   <li>decode; an undecodable value, or a record key that is not the report id (the decision could not meet its
 *       report), goes to the dead-letter topic and is audited;</li>
 *   <li>the {@link ClearingAuthority} judges the decision against what the ledger and the clearing store know of the
 *       report: a decision applied already (a redelivery) is ignored, a refused one goes to the dead-letter topic with
 *       its reason and is audited;</li>
 *   <li>an accepted decision routes the report as at intake ({@link RoutingStep}, basis {@code MANUAL}) with its
 *       deadline clocks running from the original acceptance (the statutory time does not wait for the clearing), the
 *       ledger names the municipality, the report leaves the clearing store, and the audit names the person who
 *       decided; a decision that came after the clearing deadline, before the alarm went out, raises the alarm now,
 *       naming the municipality ({@link DeadlinePolicy#leaveClearing}).</li>
 * </ol>
 */
final class ClearingDecisionProcessor implements Processor<String, byte[], String, HubOutput> {

    private final WireDecoder<ClearingDecision> decoder;
    private final ClearingAuthority authority;
    private final RoutingStep routing;
    private final DeadlinePolicy deadlines;
    private ProcessorContext<String, HubOutput> context;
    private ReportState state;

    ClearingDecisionProcessor(HubTopologyConfig config, WireDecoder<ClearingDecision> decoder) {
        Objects.requireNonNull(config, "config");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.authority = new ClearingAuthority(config.municipalities());
        this.routing = new RoutingStep(config);
        this.deadlines = new DeadlinePolicy(config.deadlines());
    }

    @Override
    public void init(ProcessorContext<String, HubOutput> context) {
        this.context = context;
        this.state = ReportState.of(context);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Source source = context.recordMetadata()
                .map(Source::of)
                .orElseThrow(() -> new IllegalStateException("clearing decision without source metadata"));
        WireDecoder.Result<ClearingDecision> result = decoder.decode(source.topic(), record.value());
        if (result instanceof WireDecoder.Failed<ClearingDecision> failed) {
            reject(record, source, null, failed.reason(), null, failed.detail(), now);
        } else if (result instanceof WireDecoder.Decoded<ClearingDecision> decoded) {
            apply(record, source, decoded.value(), now);
        }
    }

    private void apply(Record<String, byte[]> record, Source source, ClearingDecision decision, Instant now) {
        String reportId = decision.getReportId();
        if (!reportId.equals(record.key())) {
            reject(
                    record,
                    source,
                    null,
                    RejectionReason.INVALID_FIELD,
                    "reportId",
                    "the record key is not the report id, so the decision cannot meet its report",
                    now);
            return;
        }
        ReportLedgerEntry entry = state.ledger().get(reportId);
        UnroutableReport waiting = state.waitingInClearing().get(reportId);
        Optional<KnownReport> known = Optional.ofNullable(entry)
                .map(e -> new KnownReport(e.appliedEventIds(), e.municipalityCode(), waiting != null));
        ClearingVerdict verdict = authority.authorise(decision, known);
        if (verdict instanceof ClearingVerdict.Refused refused) {
            reject(
                    record,
                    source,
                    refused.reportId(),
                    refused.reason().rejectionReason(),
                    refused.reason().field(),
                    refused.detail(),
                    now);
        } else if (verdict instanceof ClearingVerdict.Accepted accepted) {
            route(record, decision, entry, waiting, accepted.municipalityCode(), now);
        }
    }

    private void route(
            Record<String, byte[]> record,
            ClearingDecision decision,
            ReportLedgerEntry entry,
            UnroutableReport waiting,
            String municipality,
            Instant now) {
        String reportId = decision.getReportId();
        Optional<ClearingOverdue> late = state.clocks()
                .get(reportId)
                .filter(ReportClock::inClearing)
                .flatMap(clock -> deadlines.leaveClearing(clock, municipality, now));
        RoutingStep.Routed routed = routing.route(
                waiting.getReport(),
                waiting.getContentDigest(),
                waiting.getAcceptedAt(),
                municipality,
                RoutingBasis.MANUAL,
                now);
        state.ledger().put(reportId, entry.withEventApplied(decision.getDecisionId(), municipality));
        state.waitingInClearing().delete(reportId);
        state.clocks().put(routed.clock());
        emit(record, routed.linkKey(), new RoutedOut(routed.report()));
        audit(
                record,
                AuditEntry.routedFromClearing(
                        reportId, municipality, decision.getDecisionId(), decision.getDecidedBy(), now));
        routed.audit().forEach(audit -> audit(record, audit));
        late.ifPresent(overdue -> {
            emit(record, reportId, new ClearingOverdueOut(overdue));
            audit(record, AuditEntry.clearingOverdue(overdue, now));
        });
    }

    private void reject(
            Record<String, byte[]> record,
            Source source,
            String reportId,
            RejectionReason reason,
            String field,
            String detail,
            Instant now) {
        var rejection = Rejections.rejection(source, 0, reportId, reason, field, detail, null, record.value(), now);
        emit(record, reportId != null ? reportId : rejection.getRejectionId(), new DeadLetterOut(rejection));
        audit(record, AuditEntry.rejected(rejection.getRejectionId(), reportId, reason, field, null, now));
    }

    private void audit(Record<String, byte[]> record, AuditEntry entry) {
        context.forward(state.audit(entry, record.timestamp()));
    }

    /** Forwards a fresh record: no input headers travel on. */
    private void emit(Record<String, byte[]> input, String key, HubOutput output) {
        context.forward(new Record<>(key, output, input.timestamp()));
    }
}
