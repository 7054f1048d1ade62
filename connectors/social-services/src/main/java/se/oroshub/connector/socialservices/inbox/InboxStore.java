package se.oroshub.connector.socialservices.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.TransferredToMunicipality;

/**
 * The inbox of every INBOX municipality, in memory, rebuilt from the topics on each start: the municipality's report
 * topic gives the reports, the status events topic what was recorded about them. Applying the same report or event
 * twice changes nothing, so the page's own writes and their echo from the topic may meet in any order.
 */
public final class InboxStore {

    private final Set<String> municipalities;
    private final Map<String, Map<String, Entry>> byMunicipality = new HashMap<>();

    public InboxStore(Collection<String> municipalities) {
        this.municipalities = Set.copyOf(municipalities);
        municipalities.forEach(code -> byMunicipality.put(code, new HashMap<>()));
    }

    /** Whether {@code municipalityCode} is an inbox municipality of this connector. */
    public boolean serves(String municipalityCode) {
        return municipalities.contains(municipalityCode);
    }

    public synchronized void add(RoutedReport report) {
        if (serves(report.getMunicipalityCode())) {
            entry(report.getMunicipalityCode(), report.getReportId()).report = report;
        }
    }

    /** Applies a status event of an inbox municipality; other municipalities' events are ignored. */
    public synchronized void apply(CaseStatusEvent event) {
        if (!serves(event.getMunicipalityCode())) {
            return;
        }
        Entry entry = entry(event.getMunicipalityCode(), event.getReportId());
        if (!entry.appliedEvents.add(event.getEventId())) {
            return;
        }
        Object payload = event.getPayload();
        if (payload instanceof ReportReceived received) {
            if (entry.receivedAt == null) {
                entry.receivedAt = event.getOccurredAt();
                entry.systemReference = received.getSystemReference();
            }
        } else if (payload instanceof ProtectiveAssessmentMade assessment) {
            entry.protectiveAssessmentAt = event.getOccurredAt();
            entry.immediateProtectionNeeded = assessment.getImmediateProtectionNeeded();
        } else if (payload instanceof InvestigationDecisionMade decision) {
            entry.decision = decision;
            entry.decisionRecordedAt = event.getOccurredAt();
        } else if (payload instanceof InvestigationClosed closed) {
            entry.closed = closed;
        } else if (payload instanceof TransferredToMunicipality transferred) {
            entry.transferred = transferred;
        }
    }

    /** The municipality's reports: acute first, then by protective-assessment deadline, earliest first. */
    public synchronized List<InboxItem> list(String municipalityCode) {
        return byMunicipality.getOrDefault(municipalityCode, Map.of()).values().stream()
                .filter(entry -> entry.report != null)
                .map(Entry::toItem)
                .sorted(Comparator.comparing(InboxItem::acute)
                        .reversed()
                        .thenComparing(InboxItem::protectiveAssessmentDue)
                        .thenComparing(InboxItem::reportId))
                .toList();
    }

    public synchronized Optional<InboxItem> find(String municipalityCode, String reportId) {
        Entry entry = byMunicipality.getOrDefault(municipalityCode, Map.of()).get(reportId);
        return entry == null || entry.report == null ? Optional.empty() : Optional.of(entry.toItem());
    }

    private Entry entry(String municipalityCode, String reportId) {
        return byMunicipality.get(municipalityCode).computeIfAbsent(reportId, id -> new Entry());
    }

    private static final class Entry {
        private RoutedReport report;
        private final Set<String> appliedEvents = new HashSet<>();
        private Instant receivedAt;
        private String systemReference;
        private Instant protectiveAssessmentAt;
        private Boolean immediateProtectionNeeded;
        private InvestigationDecisionMade decision;
        private Instant decisionRecordedAt;
        private InvestigationClosed closed;
        private TransferredToMunicipality transferred;

        InboxItem toItem() {
            return new InboxItem(
                    report,
                    receivedAt,
                    systemReference,
                    protectiveAssessmentAt,
                    immediateProtectionNeeded,
                    decision == null ? null : decision.getDecision(),
                    decision == null ? null : decision.getDecisionDate(),
                    decisionRecordedAt,
                    decision != null && decision.getWithholdFeedback(),
                    closed == null ? null : closed.getClosedOn(),
                    transferred == null ? null : transferred.getToMunicipalityCode());
        }
    }
}
