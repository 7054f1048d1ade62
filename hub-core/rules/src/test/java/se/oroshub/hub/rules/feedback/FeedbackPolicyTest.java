package se.oroshub.hub.rules.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.SCHOOL;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;
import static se.oroshub.schemas.fixtures.TestReport.WEDNESDAY_MORNING;
import static se.oroshub.schemas.fixtures.TestReport.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.fixtures.TestEvents;

class FeedbackPolicyTest {

    private static final Instant LATER = WEDNESDAY_MORNING.plusSeconds(86_400 * 10);
    private final FeedbackPolicy policy = new FeedbackPolicy();

    private static Reporter reporter(ReporterKind kind) {
        return report().reporter(kind).build().getReporter();
    }

    private static CaseStatusEvent opened() {
        return TestEvents.event(
                "evt-7",
                "report-1",
                STOCKHOLM,
                LATER,
                TestEvents.decisionPayload(InvestigationDecision.OPENED, LocalDate.of(2026, 3, 20), false));
    }

    @Test
    void privateReporterReceivesNoFeedback() {
        assertThat(policy.decide(reporter(ReporterKind.PRIVATE_PERSON), opened(), LATER))
                .isEqualTo(new FeedbackDecision.Suppress(SuppressionReason.REPORTER_NOT_MANDATORY));
    }

    @Test
    void anonymousReporterReceivesNoFeedback() {
        assertThat(policy.decide(reporter(ReporterKind.ANONYMOUS), opened(), LATER))
                .isEqualTo(new FeedbackDecision.Suppress(SuppressionReason.REPORTER_NOT_MANDATORY));
    }

    @Test
    void privateReporterNamingAnOrganisationStillReceivesNoFeedback() {
        Reporter reporter = report().reporter(ReporterKind.PRIVATE_PERSON)
                .organisation(SCHOOL)
                .build()
                .getReporter();
        assertThat(policy.decide(reporter, opened(), LATER))
                .isEqualTo(new FeedbackDecision.Suppress(SuppressionReason.REPORTER_NOT_MANDATORY));
    }

    @Test
    void mandatoryReporterWithoutOrganisationReceivesNoFeedback() {
        Reporter reporter = report().organisation(null).build().getReporter();
        assertThat(policy.decide(reporter, opened(), LATER))
                .isEqualTo(new FeedbackDecision.Suppress(SuppressionReason.NO_REPORTING_ORGANISATION));
    }

    @Test
    void withheldDecisionProducesNothing() {
        CaseStatusEvent withheld = TestEvents.event(
                "evt-8",
                "report-1",
                STOCKHOLM,
                LATER,
                TestEvents.decisionPayload(InvestigationDecision.OPENED, LocalDate.of(2026, 3, 20), true));
        assertThat(policy.decide(reporter(ReporterKind.MANDATORY_PROFESSIONAL), withheld, LATER))
                .isEqualTo(new FeedbackDecision.Suppress(SuppressionReason.DECISION_WITHHELD));
    }

    static Stream<CaseStatusEvent> everyOtherEventType() {
        return Stream.of(
                TestEvents.received("report-1", STOCKHOLM, LATER),
                TestEvents.protectiveAssessment("report-1", STOCKHOLM, LATER),
                TestEvents.closed("report-1", STOCKHOLM, LATER),
                TestEvents.transferred("report-1", STOCKHOLM, "1480", LATER),
                TestEvents.officerChanged("report-1", STOCKHOLM, LATER));
    }

    @ParameterizedTest
    @MethodSource("everyOtherEventType")
    void everyOtherEventTypeProducesNothingForTheReporter(CaseStatusEvent event) {
        assertThat(policy.decide(reporter(ReporterKind.MANDATORY_PROFESSIONAL), event, LATER))
                .isEqualTo(new FeedbackDecision.Suppress(SuppressionReason.NOT_A_DECISION));
    }

    @ParameterizedTest
    @EnumSource(InvestigationDecision.class)
    void mandatoryReporterMayBeToldTheDecisionOnInvestigation(InvestigationDecision decision) {
        LocalDate decidedOn = LocalDate.of(2026, 3, 20);
        CaseStatusEvent event = TestEvents.event(
                "evt-9", "report-1", STOCKHOLM, LATER, TestEvents.decisionPayload(decision, decidedOn, false));
        Instant notifiedAt = LATER.plusSeconds(5);

        FeedbackDecision result = policy.decide(reporter(ReporterKind.MANDATORY_PROFESSIONAL), event, notifiedAt);

        assertThat(result).isInstanceOf(FeedbackDecision.Notify.class);
        ReporterNotification notification = ((FeedbackDecision.Notify) result).notification();
        assertThat(notification.getReportId()).isEqualTo("report-1");
        assertThat(notification.getReportingOrganisation()).isEqualTo(SCHOOL);
        assertThat(notification.getDecision()).isEqualTo(decision);
        assertThat(notification.getDecisionDate()).isEqualTo(decidedOn);
        assertThat(notification.getNotifiedAt()).isEqualTo(notifiedAt);
        assertThat(notification.getNotificationId()).isEqualTo(FeedbackPolicy.notificationIdFor("evt-9"));
    }

    @Test
    void notificationCarriesOnlyTheFieldsTheLawPermits() {
        assertThat(ReporterNotification.getClassSchema().getFields())
                .extracting(Schema.Field::name)
                .containsExactly(
                        "notificationId",
                        "reportId",
                        "reportingOrganisation",
                        "decision",
                        "decisionDate",
                        "notifiedAt");
        assertThat(ReporterNotification.getClassSchema().getFields())
                .noneMatch(field -> field.schema().getType() == Schema.Type.STRING
                        && !field.name().endsWith("Id"));
    }

    @Test
    void notificationIdIsDeterministicFromTheEventId() {
        Reporter reporter = reporter(ReporterKind.MANDATORY_PROFESSIONAL);
        var first = (FeedbackDecision.Notify) policy.decide(reporter, opened(), LATER);
        var again = (FeedbackDecision.Notify) policy.decide(reporter, opened(), LATER.plusSeconds(60));
        assertThat(again.notification().getNotificationId())
                .isEqualTo(first.notification().getNotificationId());
        assertThat(FeedbackPolicy.notificationIdFor("evt-1")).isNotEqualTo(FeedbackPolicy.notificationIdFor("evt-2"));
    }

    @Test
    void notificationNamesTheReportersOwnOrganisation() {
        OrganisationId clinic = new OrganisationId(OrganisationIdScheme.HSA_ID, "SE2321000016-15F7");
        Reporter reporter = report().organisation(clinic).build().getReporter();
        var notify = (FeedbackDecision.Notify) policy.decide(reporter, opened(), LATER);
        assertThat(notify.notification().getReportingOrganisation()).isEqualTo(clinic);
    }

    @Test
    void entitlementToFeedbackIsForMandatoryReportersWithAnOrganisationOnly() {
        assertThat(FeedbackPolicy.entitledToFeedback(reporter(ReporterKind.MANDATORY_PROFESSIONAL)))
                .isTrue();
        assertThat(FeedbackPolicy.entitledToFeedback(reporter(ReporterKind.PRIVATE_PERSON)))
                .isFalse();
        assertThat(FeedbackPolicy.entitledToFeedback(reporter(ReporterKind.ANONYMOUS)))
                .isFalse();
        assertThat(FeedbackPolicy.entitledToFeedback(
                        report().organisation(null).build().getReporter()))
                .isFalse();
    }

    @Test
    void everySuppressionRestsOnAStatute() {
        for (SuppressionReason reason : SuppressionReason.values()) {
            assertThat(reason.basis()).isNotNull();
            assertThat(reason.code()).matches("[a-z_]+");
        }
    }
}
