package se.oroshub.hub.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.rules.feedback.SuppressionReason;
import se.oroshub.schemas.avro.AcuteReason;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.ClearingReason;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.EarlierReports;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.fixtures.TestReport;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-03-11T09:30:00.123456Z");

    private static List<AuditEntry> everyDecision() {
        ReporterNotification notification = ReporterNotification.newBuilder()
                .setNotificationId("n-1")
                .setReportId("r1")
                .setReportingOrganisation(TestReport.SCHOOL)
                .setDecision(InvestigationDecision.OPENED)
                .setDecisionDate(LocalDate.of(2026, 3, 20))
                .setNotifiedAt(AT)
                .build();
        DeadlineDeviation deviation = DeadlineDeviation.newBuilder()
                .setDeviationId("r1:protective_assessment")
                .setReportId("r1")
                .setMunicipalityCode(STOCKHOLM)
                .setDeadline(DeadlineKind.PROTECTIVE_ASSESSMENT)
                .setAcute(true)
                .setDueAt(AT)
                .setDetectedAt(AT)
                .setOverdueByMillis(1000)
                .build();
        return List.of(
                AuditEntry.accepted("r1", "school", "ab".repeat(32), AT),
                AuditEntry.rejected("rej-1", null, RejectionReason.UNDECODABLE, null, null, AT),
                AuditEntry.duplicateIgnored("r1", "school", AT),
                AuditEntry.routed("r1", STOCKHOLM, RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT),
                AuditEntry.sentToClearing("r1", ClearingReason.NO_MUNICIPALITY_KNOWN, AT),
                AuditEntry.routedFromClearing("r1", STOCKHOLM, "d-1", "clearing-officer-3", AT),
                AuditEntry.sentToAfterHours(
                        "r1",
                        STOCKHOLM,
                        "socialjour-0180",
                        List.of(AcuteReason.VIOLENCE, AcuteReason.VERY_YOUNG_CHILD),
                        AT),
                AuditEntry.linked(
                        "r1",
                        STOCKHOLM,
                        EarlierReports.newBuilder()
                                .setCount(2)
                                .setReportIds(List.of("r0", "r00"))
                                .setWindowDays(365)
                                .build(),
                        AT),
                AuditEntry.statusRecorded(TestEvents.received("r1", STOCKHOLM, AT), AT),
                AuditEntry.statusRecorded(TestEvents.protectiveAssessment("r1", STOCKHOLM, AT), AT),
                AuditEntry.statusRecorded(TestEvents.officerChanged("r1", STOCKHOLM, AT), AT),
                AuditEntry.statusRejected(
                        "e1", "r1", "1480", RejectionReason.WRONG_MUNICIPALITY, "municipalityCode", AT),
                AuditEntry.notified(notification, STOCKHOLM, "e2", AT),
                AuditEntry.suppressed("r1", "e3", STOCKHOLM, SuppressionReason.REPORTER_NOT_MANDATORY, AT),
                AuditEntry.deadlineMissed(deviation, AT),
                AuditEntry.delivered("r1", STOCKHOLM, "social-services", AT),
                AuditEntry.deliveryAcknowledged("r1", STOCKHOLM, "e4", AT));
    }

    @Test
    void everyDecisionOfTheHubHasAnAuditEntry() {
        assertThat(everyDecision())
                .extracting(AuditEntry::action)
                .containsAll(List.of(AuditAction.values()).stream()
                        .filter(a -> a != AuditAction.UNSPECIFIED)
                        .toList());
    }

    @Test
    void auditRecordsCarryIdsAndCodesOnly() {
        for (AuditEntry entry : everyDecision()) {
            String all = entry.toString();
            assertThat(all)
                    .as(entry.action().name())
                    .doesNotContain(TestEvents.SYSTEM_REFERENCE)
                    .doesNotContain(TestEvents.CASE_OFFICER)
                    .doesNotContain("immediateProtectionNeeded");
            if (entry.reasonCode() != null) {
                assertThat(entry.reasonCode()).matches("[a-z_]+");
            }
        }
    }

    @Test
    void decisionsBeforeRoutingBelongToTheHubAndTheRestToTheMunicipality() {
        for (AuditEntry entry : everyDecision()) {
            switch (entry.action()) {
                case ACCEPTED, REJECTED, DUPLICATE_IGNORED, SENT_TO_CLEARING, STATUS_REJECTED ->
                    assertThat(entry.owner()).as(entry.action().name()).isEqualTo(AuditEntry.HUB_OWNER);
                default -> assertThat(entry.owner()).as(entry.action().name()).isEqualTo(STOCKHOLM);
            }
        }
    }

    @Test
    void sameDecisionGetsTheSameAuditId() {
        assertThat(AuditEntry.routed("r1", STOCKHOLM, RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT)
                        .auditId())
                .isEqualTo(
                        AuditEntry.routed("r1", STOCKHOLM, RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT.plusSeconds(5))
                                .auditId())
                .isNotEqualTo(AuditEntry.routed("r2", STOCKHOLM, RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT)
                        .auditId())
                .isNotEqualTo(AuditEntry.linked(
                                "r1",
                                STOCKHOLM,
                                EarlierReports.newBuilder()
                                        .setCount(0)
                                        .setReportIds(List.of())
                                        .setWindowDays(365)
                                        .build(),
                                AT)
                        .auditId());
    }

    @Test
    void statusRecordKeepsTheDecisionAndTheTransferTarget() {
        AuditEntry decision = AuditEntry.statusRecorded(
                TestEvents.decision("r1", STOCKHOLM, AT, InvestigationDecision.NOT_OPENED, true), AT);
        assertThat(decision.reasonCode()).isEqualTo("investigation_decision_made");
        assertThat(decision.attributes())
                .containsEntry("decision", "not_opened")
                .containsEntry("withholdFeedback", "true");
        AuditEntry transfer = AuditEntry.statusRecorded(TestEvents.transferred("r1", STOCKHOLM, "1480", AT), AT);
        assertThat(transfer.attributes()).containsEntry("toMunicipalityCode", "1480");
    }

    @Test
    void theDateANewCaseOfficerTookOverIsOnRecordButNotTheOfficer() {
        AuditEntry changed = AuditEntry.statusRecorded(TestEvents.officerChanged("r1", STOCKHOLM, AT), AT);

        assertThat(changed.reasonCode()).isEqualTo("case_officer_changed");
        assertThat(changed.attributes())
                .containsEntry("tookOverOn", "2026-03-11")
                .containsEntry("eventOccurredAt", "2026-03-11T09:30:00.123Z");
        assertThat(changed.toString()).doesNotContain(TestEvents.CASE_OFFICER);
    }

    @Test
    void statusRecordKeepsTheDatesSocialServicesGave() {
        AuditEntry decision = AuditEntry.statusRecorded(
                TestEvents.decision("r1", STOCKHOLM, AT, InvestigationDecision.OPENED, false), AT);
        AuditEntry closed = AuditEntry.statusRecorded(TestEvents.closed("r1", STOCKHOLM, AT), AT);
        AuditEntry transfer = AuditEntry.statusRecorded(TestEvents.transferred("r1", STOCKHOLM, "1480", AT), AT);

        assertThat(decision.attributes()).containsKey("decisionDate");
        assertThat(closed.attributes()).containsEntry("closedOn", "2026-03-11");
        assertThat(transfer.attributes()).containsEntry("transferredOn", "2026-03-11");
    }

    @Test
    void aReportRoutedFromClearingNamesThePersonWhoDecided() {
        AuditEntry routed = AuditEntry.routedFromClearing("r1", STOCKHOLM, "d-1", "clearing-officer-3", AT);

        assertThat(routed.owner()).isEqualTo(STOCKHOLM);
        assertThat(routed.actor()).isEqualTo("clearing-officer-3");
        assertThat(routed.action()).isEqualTo(AuditAction.ROUTED);
        assertThat(routed.reasonCode()).isEqualTo("manual");
        assertThat(routed.attributes()).containsEntry("decisionId", "d-1");
    }

    @Test
    void timeIsKeptToTheMillisecondAsTheRecordStoresIt() {
        assertThat(AuditEntry.accepted("r1", "school", "00", AT).occurredAt())
                .isEqualTo(Instant.parse("2026-03-11T09:30:00.123Z"));
    }
}
