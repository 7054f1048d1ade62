package se.oroshub.connector.socialservices.inbox;

import java.time.Instant;
import java.time.LocalDate;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.RoutedReport;

/**
 * A report in a municipality's inbox with what social services recorded about it so far.
 *
 * @param report                    the routed report as the hub sent it
 * @param receivedAt                when receipt was acknowledged, or null
 * @param systemReference           the reference given on acknowledgement, or null
 * @param protectiveAssessmentAt    when the protective assessment was recorded, or null
 * @param immediateProtectionNeeded its outcome, or null
 * @param decision                  the decision on investigation, or null
 * @param decisionDate              its date, or null
 * @param decisionRecordedAt        when the decision was recorded, or null
 * @param withholdFeedback          whether the reporter is not to be told
 * @param closedOn                  when the investigation was closed, or null
 * @param transferredTo             the municipality the case went to, or null
 */
public record InboxItem(
        RoutedReport report,
        Instant receivedAt,
        String systemReference,
        Instant protectiveAssessmentAt,
        Boolean immediateProtectionNeeded,
        InvestigationDecision decision,
        LocalDate decisionDate,
        Instant decisionRecordedAt,
        boolean withholdFeedback,
        LocalDate closedOn,
        String transferredTo) {

    public String reportId() {
        return report.getReportId();
    }

    public boolean acute() {
        return report.getTriage().getAcute();
    }

    public boolean received() {
        return receivedAt != null;
    }

    public boolean protectiveAssessmentMade() {
        return protectiveAssessmentAt != null;
    }

    public boolean decided() {
        return decision != null;
    }

    public Instant protectiveAssessmentDue() {
        return report.getDeadlines().getProtectiveAssessmentDue();
    }

    public Instant preliminaryAssessmentDue() {
        return report.getDeadlines().getPreliminaryAssessmentDue();
    }
}
