package se.oroshub.hub.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.rules.deadline.DeadlinePolicy;
import se.oroshub.hub.rules.deadline.ReportClock;
import se.oroshub.hub.rules.feedback.FeedbackPolicy;
import se.oroshub.hub.rules.linking.ChildPseudonym;
import se.oroshub.hub.rules.linking.EarlierReportLinks;
import se.oroshub.hub.rules.triage.TriagePolicy;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.avro.Triage;

/**
 * What routing an accepted report to its municipality means, whoever decided the municipality (the {@code Router} at
 * intake, or a person for a report in clearing): triage ({@link TriagePolicy}), the deadline clocks from the time of
 * acceptance ({@link DeadlinePolicy}), the routed report keyed for linking by (municipality, child pseudonym), and the
 * after-hours audit entry of an acute report outside office hours. The caller stores the clock and the ledger entry,
 * emits the report and audits who routed it.
 */
final class RoutingStep {

    private final TriagePolicy triage;
    private final DeadlinePolicy deadlines;
    private final ChildPseudonym pseudonyms;
    private final EarlierReportLinks links;

    RoutingStep(HubTopologyConfig config) {
        this.triage = new TriagePolicy(config.triage());
        this.deadlines = new DeadlinePolicy(config.deadlines());
        this.pseudonyms = config.pseudonyms();
        this.links = new EarlierReportLinks(config.linkingWindowDays());
    }

    /**
     * Routes {@code report}, accepted at {@code acceptedAt} with {@code contentDigest}, to {@code municipality}.
     *
     * @param now when the hub routes it
     */
    Routed route(
            ConcernReport report,
            String contentDigest,
            Instant acceptedAt,
            String municipality,
            RoutingBasis basis,
            Instant now) {
        String reportId = report.getReportId();
        Triage triaged = triage.triage(report, municipality, acceptedAt);
        ReportClock clock = deadlines.start(
                reportId,
                municipality,
                triaged.getAcute(),
                FeedbackPolicy.entitledToFeedback(report.getReporter()),
                acceptedAt);
        RoutedReport routed = RoutedReport.newBuilder()
                .setReportId(reportId)
                .setMunicipalityCode(municipality)
                .setRoutingBasis(basis)
                .setAcceptedAt(acceptedAt)
                .setRoutedAt(now)
                .setContentDigest(contentDigest)
                .setTriage(triaged)
                .setDeadlines(clock.toAvroDeadlines())
                .setEarlierReports(links.none())
                .setReport(report)
                .build();
        Optional<String> pseudonym = pseudonyms.of(municipality, report);
        String linkKey = pseudonym
                .map(p -> LinkKey.child(municipality, p))
                .orElseGet(() -> LinkKey.unlinked(municipality, reportId));
        List<AuditEntry> audit = new ArrayList<>(1);
        if (triaged.getAfterHoursDestination() != null) {
            audit.add(AuditEntry.sentToAfterHours(
                    reportId, municipality, triaged.getAfterHoursDestination(), triaged.getReasons(), now));
        }
        return new Routed(linkKey, routed, clock, List.copyOf(audit));
    }

    /**
     * A report routed.
     *
     * @param linkKey the key it travels under to linking
     * @param report  the routed report, not yet linked
     * @param clock   its deadline clocks, started
     * @param audit   audit entries of the triage, after the caller's own entry for the routing
     */
    record Routed(String linkKey, RoutedReport report, ReportClock clock, List<AuditEntry> audit) {}
}
