package se.oroshub.connector.socialservices.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.RoutedReport;

/** Builds the records the connector publishes, with the deterministic ids that make redelivery harmless. */
public final class StatusEvents {

    private StatusEvents() {}

    /**
     * The event id of a report's acknowledgement of receipt: one per report, whoever records it and however often,
     * so a redelivered report (or a second click in the inbox) yields the same event.
     */
    public static String receivedEventId(String reportId) {
        return nameBased("oroshub:report-received:" + reportId);
    }

    /** The acknowledgement of receipt of {@code reportId} by {@code municipalityCode}'s social services. */
    public static CaseStatusEvent received(
            String reportId, String municipalityCode, String systemReference, Instant at) {
        return CaseStatusEvent.newBuilder()
                .setEventId(receivedEventId(reportId))
                .setReportId(reportId)
                .setMunicipalityCode(municipalityCode)
                .setOccurredAt(at)
                .setPayload(ReportReceived.newBuilder()
                        .setSystemReference(systemReference)
                        .build())
                .build();
    }

    /** The deviation id of the delivery alarm, in the hub's form (report id and deadline code). */
    public static String deliveryAlarmId(String reportId) {
        return reportId + ":" + DeadlineKind.DELIVERY_ACKNOWLEDGEMENT.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The delivery alarm: {@code report} was not acknowledged by the case-management system by {@code dueAt}.
     *
     * @param dueAt      when the acknowledgement was due (the first attempt on the report plus the configured alarm
     *                   time, or the refusal itself)
     * @param detectedAt now
     */
    public static DeadlineDeviation deliveryAlarm(RoutedReport report, Instant dueAt, Instant detectedAt) {
        return DeadlineDeviation.newBuilder()
                .setDeviationId(deliveryAlarmId(report.getReportId()))
                .setReportId(report.getReportId())
                .setMunicipalityCode(report.getMunicipalityCode())
                .setDeadline(DeadlineKind.DELIVERY_ACKNOWLEDGEMENT)
                .setAcute(report.getTriage().getAcute())
                .setDueAt(dueAt)
                .setDetectedAt(detectedAt)
                .setOverdueByMillis(
                        Math.max(0, Duration.between(dueAt, detectedAt).toMillis()))
                .build();
    }

    /**
     * The event id of the protective assessment recorded in the inbox: one per report, so a form sent twice yields
     * the same event, which the hub applies once.
     */
    public static String protectiveAssessmentEventId(String reportId) {
        return nameBased("oroshub:inbox-protective-assessment:" + reportId);
    }

    /**
     * The event id of the decision on investigation recorded in the inbox: one per report, so a form sent twice, or
     * a second, contradicting decision that slipped past the page, yields the same event, which the hub applies once.
     */
    public static String decisionEventId(String reportId) {
        return nameBased("oroshub:inbox-investigation-decision:" + reportId);
    }

    /** A protective assessment recorded in the inbox, under {@link #protectiveAssessmentEventId(String)}. */
    public static CaseStatusEvent protectiveAssessment(
            String reportId, String municipalityCode, boolean immediateProtectionNeeded, Instant at) {
        return CaseStatusEvent.newBuilder()
                .setEventId(protectiveAssessmentEventId(reportId))
                .setReportId(reportId)
                .setMunicipalityCode(municipalityCode)
                .setOccurredAt(at)
                .setPayload(ProtectiveAssessmentMade.newBuilder()
                        .setImmediateProtectionNeeded(immediateProtectionNeeded)
                        .build())
                .build();
    }

    /** A decision on investigation recorded in the inbox, under {@link #decisionEventId(String)}. */
    public static CaseStatusEvent decision(
            String reportId,
            String municipalityCode,
            InvestigationDecision decision,
            LocalDate decisionDate,
            boolean withholdFeedback,
            Instant at) {
        return CaseStatusEvent.newBuilder()
                .setEventId(decisionEventId(reportId))
                .setReportId(reportId)
                .setMunicipalityCode(municipalityCode)
                .setOccurredAt(at)
                .setPayload(InvestigationDecisionMade.newBuilder()
                        .setDecision(decision)
                        .setDecisionDate(decisionDate)
                        .setWithholdFeedback(withholdFeedback)
                        .build())
                .build();
    }

    private static String nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
