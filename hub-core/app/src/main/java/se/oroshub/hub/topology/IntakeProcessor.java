package se.oroshub.hub.topology;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.rules.deadline.DeadlinePolicy;
import se.oroshub.hub.rules.origin.IntakeOriginAuthority;
import se.oroshub.hub.rules.routing.Router;
import se.oroshub.hub.rules.routing.RoutingDecision;
import se.oroshub.hub.rules.triage.TriagePolicy;
import se.oroshub.hub.state.ReportLedgerEntry;
import se.oroshub.hub.topology.HubOutput.ClearingOut;
import se.oroshub.hub.topology.HubOutput.DeadLetterOut;
import se.oroshub.hub.topology.HubOutput.ReceiptOut;
import se.oroshub.hub.topology.HubOutput.RoutedOut;
import se.oroshub.hub.topology.Rejections.Source;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.UnroutableReport;
import se.oroshub.schemas.receipt.Receipts;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.schemas.validation.ConcernReportValidator;
import se.oroshub.schemas.validation.FieldViolation;

/**
 * Takes each submitted report from the connectors' intake topics (raw bytes, keyed by report id) to its outcome:
 * <ol>
 *   <li>decode; an undecodable value, unknown schema or wrong schema goes to the dead-letter topic;</li>
 *   <li>validate again ({@link ConcernReportValidator}); each violation goes to the dead-letter topic with its field;
 *       a record key that is not the report id is refused too, because status events (keyed by report id) must meet
 *       the report in the same task;</li>
 *   <li>origin ({@link IntakeOriginAuthority}): the sending connector is the owner of the intake topic, which only it
 *       may write; a report naming another connector, or a reporting organisation its connector may not speak for, is
 *       dead-lettered and audited as {@code SENDER_NOT_PERMITTED};</li>
 *   <li>idempotence by report id: the same report again re-emits the same receipt and nothing else; another report
 *       under an accepted id is a conflicting duplicate;</li>
 *   <li>receipt ({@link Receipts}); routing ({@link Router}): clearing, where the report also waits in the clearing
 *       store for a person's decision ({@link ClearingDecisionProcessor}) under a clock of how long it may wait, or
 *       the {@link RoutingStep}: triage, the deadline clocks and the routed report, keyed by municipality and child
 *       pseudonym for linking.</li>
 * </ol>
 * Every decision is also emitted as an audit entry. Nothing is decided here that the rules do not decide.
 */
final class IntakeProcessor implements Processor<String, byte[], String, HubOutput> {

    private final WireDecoder<ConcernReport> decoder;
    private final ConcernReportValidator validator;
    private final IntakeOriginAuthority origins;
    private final Router router;
    private final RoutingStep routing;
    private final TriagePolicy triage;
    private final DeadlinePolicy deadlines;
    private ProcessorContext<String, HubOutput> context;
    private ReportState state;

    IntakeProcessor(HubTopologyConfig config, WireDecoder<ConcernReport> decoder) {
        Objects.requireNonNull(config, "config");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.validator = new ConcernReportValidator(config.municipalities());
        this.origins = new IntakeOriginAuthority(config.mandates());
        this.router = new Router(config.municipalities());
        this.routing = new RoutingStep(config);
        this.triage = new TriagePolicy(config.triage());
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
                .orElseThrow(() -> new IllegalStateException("intake record without source metadata"));
        WireDecoder.Result<ConcernReport> result = decoder.decode(source.topic(), record.value());
        if (result instanceof WireDecoder.Decoded<ConcernReport> decoded) {
            accept(record, source, decoded.value(), now);
        } else if (result instanceof WireDecoder.Failed<ConcernReport> failed) {
            reject(record, source, 0, null, failed.reason(), null, failed.detail(), null, now);
        }
    }

    private void accept(Record<String, byte[]> record, Source source, ConcernReport report, Instant now) {
        List<FieldViolation> violations = validator.validate(report);
        boolean idReadable = violations.stream().noneMatch(v -> v.field().equals("reportId"));
        String reportId = idReadable ? report.getReportId() : null;
        if (!violations.isEmpty()) {
            for (int i = 0; i < violations.size(); i++) {
                FieldViolation violation = violations.get(i);
                reject(
                        record,
                        source,
                        i,
                        reportId,
                        violation.reason(),
                        violation.field(),
                        violation.message(),
                        report.getConnectorId(),
                        now);
            }
            return;
        }
        var refusal = origins.check(sender(source), report);
        if (refusal.isPresent()) {
            reject(
                    record,
                    source,
                    0,
                    reportId,
                    RejectionReason.SENDER_NOT_PERMITTED,
                    refusal.get().field(),
                    refusal.get().detail(),
                    report.getConnectorId(),
                    now);
            return;
        }
        if (!report.getReportId().equals(record.key())) {
            reject(
                    record,
                    source,
                    0,
                    reportId,
                    RejectionReason.INVALID_FIELD,
                    "reportId",
                    "the record key is not the report id, so the report's status events could not reach it",
                    report.getConnectorId(),
                    now);
            return;
        }
        Receipt receipt = Receipts.of(report);
        ReportLedgerEntry known = state.ledger().get(reportId);
        if (known != null) {
            if (known.contentDigest().equals(receipt.getContentDigest())) {
                emit(record, reportId, new ReceiptOut(receipt));
                audit(record, AuditEntry.duplicateIgnored(reportId, report.getConnectorId(), now));
            } else {
                reject(
                        record,
                        source,
                        0,
                        reportId,
                        RejectionReason.CONFLICTING_DUPLICATE,
                        "reportId",
                        "report id " + reportId + " was already accepted with digest " + known.contentDigest(),
                        report.getConnectorId(),
                        now);
            }
            return;
        }
        emit(record, reportId, new ReceiptOut(receipt));
        audit(record, AuditEntry.accepted(reportId, report.getConnectorId(), receipt.getContentDigest(), now));
        RoutingDecision decision = router.route(report);
        if (decision instanceof RoutingDecision.Routed routed) {
            route(record, report, receipt, routed, now);
        } else if (decision instanceof RoutingDecision.ToClearing clearing) {
            toClearing(record, report, receipt, clearing, now);
        }
    }

    private void toClearing(
            Record<String, byte[]> record,
            ConcernReport report,
            Receipt receipt,
            RoutingDecision.ToClearing clearing,
            Instant now) {
        String reportId = report.getReportId();
        UnroutableReport unroutable = UnroutableReport.newBuilder()
                .setReportId(reportId)
                .setReason(clearing.reason())
                .setDetail(clearing.detail())
                .setAcceptedAt(receipt.getAcceptedAt())
                .setContentDigest(receipt.getContentDigest())
                .setReport(report)
                .build();
        state.ledger()
                .put(
                        reportId,
                        ReportLedgerEntry.accepted(receipt, report.getReporter().getKind(), null));
        state.waitingInClearing().put(reportId, unroutable);
        boolean acute = !triage.acuteReasons(report, receipt.getAcceptedAt()).isEmpty();
        state.clocks().put(deadlines.startClearing(reportId, acute, receipt.getAcceptedAt()));
        emit(record, reportId, new ClearingOut(unroutable));
        audit(record, AuditEntry.sentToClearing(reportId, clearing.reason(), now));
    }

    private void route(
            Record<String, byte[]> record,
            ConcernReport report,
            Receipt receipt,
            RoutingDecision.Routed decision,
            Instant now) {
        String reportId = report.getReportId();
        String municipality = decision.municipalityCode();
        RoutingStep.Routed routed = routing.route(
                report, receipt.getContentDigest(), receipt.getAcceptedAt(), municipality, decision.basis(), now);
        state.ledger()
                .put(
                        reportId,
                        ReportLedgerEntry.accepted(receipt, report.getReporter().getKind(), municipality));
        state.clocks().put(routed.clock());
        emit(record, routed.linkKey(), new RoutedOut(routed.report()));
        audit(record, AuditEntry.routed(reportId, municipality, decision.basis(), now));
        routed.audit().forEach(entry -> audit(record, entry));
    }

    /** The connector whose intake topic the record was read from: the sender the broker vouches for. */
    private static String sender(Source source) {
        return Topics.CONNECTOR_INTAKE
                .ownerPartOf(source.topic())
                .orElseThrow(() -> new IllegalStateException(
                        "report read from " + source.topic() + ", which is not a connector's intake topic"));
    }

    private void reject(
            Record<String, byte[]> record,
            Source source,
            int index,
            String reportId,
            RejectionReason reason,
            String field,
            String detail,
            String connectorId,
            Instant now) {
        var rejection =
                Rejections.rejection(source, index, reportId, reason, field, detail, connectorId, record.value(), now);
        emit(record, reportId != null ? reportId : rejection.getRejectionId(), new DeadLetterOut(rejection));
        audit(record, AuditEntry.rejected(rejection.getRejectionId(), reportId, reason, field, connectorId, now));
    }

    private void audit(Record<String, byte[]> record, AuditEntry entry) {
        context.forward(state.audit(entry, record.timestamp()));
    }

    /** Forwards a fresh record: no input headers travel on, so nothing but the value reaches a destination. */
    private void emit(Record<String, byte[]> input, String key, HubOutput output) {
        context.forward(new Record<>(key, output, input.timestamp()));
    }
}
