package se.oroshub.hub.topology;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.rules.deadline.DeadlinePolicy;
import se.oroshub.hub.rules.feedback.FeedbackDecision;
import se.oroshub.hub.rules.feedback.FeedbackPolicy;
import se.oroshub.hub.rules.status.StatusEventAuthority;
import se.oroshub.hub.rules.status.StatusEventKind;
import se.oroshub.hub.rules.status.StatusVerdict;
import se.oroshub.hub.state.ReportLedgerEntry;
import se.oroshub.hub.topology.HubOutput.DeadLetterOut;
import se.oroshub.hub.topology.HubOutput.FeedbackOut;
import se.oroshub.hub.topology.Rejections.Source;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.topics.Topics;

/**
 * Applies the status events of social services (raw bytes, keyed by report id, read from every municipality's own
 * status-event topic, co-partitioned with the intake topics so each event meets its report's state in the same task):
 * <ol>
 *   <li>decode; undecodable values, and events whose record key is not their report id, go to the dead-letter
 *       topic;</li>
 *   <li>an event already applied (same event id: a redelivery) is not applied again;</li>
 *   <li>the {@link StatusEventAuthority} decides whether the event may be trusted, knowing its sender from the topic it
 *       was read from (which only that municipality may write); an event naming another municipality than its
 *       sender, from a municipality not responsible for the report, about an unknown report or malformed goes to the
 *       dead-letter topic and is audited;</li>
 *   <li>the deadline clock advances ({@link DeadlinePolicy#on}), responsibility follows a transfer;</li>
 *   <li>the {@link FeedbackPolicy} decides what reaches the reporter: the permitted notification to the reporting
 *       organisation's own topic, or nothing (audited as suppressed by policy).</li>
 * </ol>
 * It also schedules the task's wall-clock deadline check ({@link DeadlinePunctuator}).
 */
final class StatusEventProcessor implements Processor<String, byte[], String, HubOutput> {

    private final HubTopologyConfig config;
    private final WireDecoder<CaseStatusEvent> decoder;
    private final StatusEventAuthority authority;
    private final DeadlinePolicy deadlines;
    private final FeedbackPolicy feedback = new FeedbackPolicy();
    private ProcessorContext<String, HubOutput> context;
    private ReportState state;

    StatusEventProcessor(HubTopologyConfig config, WireDecoder<CaseStatusEvent> decoder) {
        this.config = Objects.requireNonNull(config, "config");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.authority = new StatusEventAuthority(config.municipalities());
        this.deadlines = new DeadlinePolicy(config.deadlines());
    }

    @Override
    public void init(ProcessorContext<String, HubOutput> context) {
        this.context = context;
        this.state = ReportState.of(context);
        new DeadlinePunctuator(context, state, deadlines).schedule(config.deadlineCheckInterval());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Source source = context.recordMetadata()
                .map(Source::of)
                .orElseThrow(() -> new IllegalStateException("status event without source metadata"));
        WireDecoder.Result<CaseStatusEvent> result = decoder.decode(source.topic(), record.value());
        if (result instanceof WireDecoder.Failed<CaseStatusEvent> failed) {
            var rejection = Rejections.rejection(
                    source, 0, null, failed.reason(), null, failed.detail(), null, record.value(), now);
            emit(rejection.getRejectionId(), new DeadLetterOut(rejection), record.timestamp());
            audit(
                    AuditEntry.rejected(rejection.getRejectionId(), null, failed.reason(), null, null, now),
                    record.timestamp());
        } else if (result instanceof WireDecoder.Decoded<CaseStatusEvent> decoded) {
            apply(record, source, decoded.value(), now);
        }
    }

    private void apply(Record<String, byte[]> record, Source source, CaseStatusEvent event, Instant now) {
        String reportId = event.getReportId();
        if (reportId != null && !reportId.equals(record.key())) {
            reject(
                    record,
                    source,
                    event,
                    null,
                    new StatusVerdict.Rejected(
                            RejectionReason.INVALID_STATUS_EVENT,
                            "reportId",
                            "the record key is not the report id, so the event cannot meet its report"),
                    now);
            return;
        }
        ReportLedgerEntry entry = reportId == null ? null : state.ledger().get(reportId);
        if (entry != null && event.getEventId() != null && entry.applied(event.getEventId())) {
            return;
        }
        Optional<String> responsible = Optional.ofNullable(entry).map(ReportLedgerEntry::municipalityCode);
        StatusVerdict verdict = authority.authorise(sender(source), event, responsible);
        if (verdict instanceof StatusVerdict.Rejected rejected) {
            reject(record, source, event, entry == null ? null : reportId, rejected, now);
            return;
        }
        StatusVerdict.Accepted accepted = (StatusVerdict.Accepted) verdict;
        state.ledger().put(reportId, entry.withEventApplied(event.getEventId(), accepted.responsibleMunicipality()));
        state.clocks().get(reportId).ifPresent(clock -> state.clocks().put(deadlines.on(clock, event)));
        audit(
                accepted.kind() == StatusEventKind.REPORT_RECEIVED
                        ? AuditEntry.deliveryAcknowledged(
                                reportId, event.getMunicipalityCode(), event.getEventId(), now)
                        : AuditEntry.statusRecorded(event, now),
                record.timestamp());
        FeedbackDecision decision = feedback.decide(entry.reporterKind(), entry.organisation(), event, now);
        if (decision instanceof FeedbackDecision.Notify notify) {
            emit(reportId, new FeedbackOut(notify.notification()), record.timestamp());
            audit(
                    AuditEntry.notified(notify.notification(), event.getMunicipalityCode(), event.getEventId(), now),
                    record.timestamp());
        } else if (decision instanceof FeedbackDecision.Suppress suppress) {
            audit(
                    AuditEntry.suppressed(
                            reportId, event.getEventId(), event.getMunicipalityCode(), suppress.reason(), now),
                    record.timestamp());
        }
    }

    /** The municipality whose status-event topic the record was read from: the sender the broker vouches for. */
    private static String sender(Source source) {
        return Topics.MUNICIPALITY_STATUS_EVENTS
                .ownerPartOf(source.topic())
                .orElseThrow(() -> new IllegalStateException(
                        "status event read from " + source.topic() + ", which is not a municipality's status topic"));
    }

    private void reject(
            Record<String, byte[]> record,
            Source source,
            CaseStatusEvent event,
            String knownReportId,
            StatusVerdict.Rejected rejected,
            Instant now) {
        var rejection = Rejections.rejection(
                source,
                0,
                knownReportId,
                rejected.reason(),
                rejected.field(),
                rejected.detail(),
                null,
                record.value(),
                now);
        emit(
                knownReportId == null ? rejection.getRejectionId() : knownReportId,
                new DeadLetterOut(rejection),
                record.timestamp());
        audit(
                AuditEntry.statusRejected(
                        event.getEventId(),
                        knownReportId,
                        event.getMunicipalityCode(),
                        rejected.reason(),
                        rejected.field(),
                        now),
                record.timestamp());
    }

    private void audit(AuditEntry entry, long timestamp) {
        context.forward(state.audit(entry, timestamp));
    }

    /** Forwards a fresh record: no input headers travel on, so nothing but the value reaches a destination. */
    private void emit(String key, HubOutput output, long timestamp) {
        context.forward(new Record<>(key, output, timestamp));
    }
}
