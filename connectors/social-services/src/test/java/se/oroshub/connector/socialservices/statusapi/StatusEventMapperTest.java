package se.oroshub.connector.socialservices.statusapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.TransferredToMunicipality;
import se.oroshub.schemas.reference.MunicipalityCodes;

class StatusEventMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String REPORT = "6f1c2a0e-8d5b-4c57-9a4e-0d1d7c4b2a11";

    private final StatusEventMapper mapper =
            new StatusEventMapper(MunicipalityCodes.official(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aDecisionBecomesInvestigationDecisionMadeWithTheWithholdFlag() {
        String eventId = UUID.randomUUID().toString();

        CaseStatusEvent event = mapper.toEvent(request(
                eventId,
                "INVESTIGATION_DECISION_MADE",
                null,
                null,
                "OPENED",
                "2026-11-23",
                true,
                null,
                null,
                null,
                null,
                null));

        assertThat(event.getEventId()).isEqualTo(eventId);
        assertThat(event.getReportId()).isEqualTo(REPORT);
        assertThat(event.getMunicipalityCode()).isEqualTo("1480");
        assertThat(event.getOccurredAt()).isEqualTo(NOW);
        InvestigationDecisionMade decision = (InvestigationDecisionMade) event.getPayload();
        assertThat(decision.getDecision()).isEqualTo(InvestigationDecision.OPENED);
        assertThat(decision.getDecisionDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(decision.getWithholdFeedback()).isTrue();
    }

    @Test
    void withholdingFeedbackDefaultsToFalse() {
        CaseStatusEvent event = mapper.toEvent(request(
                UUID.randomUUID().toString(),
                "INVESTIGATION_DECISION_MADE",
                null,
                null,
                "ALREADY_ONGOING",
                "2026-11-20",
                null,
                null,
                null,
                null,
                null,
                null));

        assertThat(((InvestigationDecisionMade) event.getPayload()).getWithholdFeedback())
                .isFalse();
        assertThat(UUID.fromString(event.getEventId())).isNotNull();
    }

    @Test
    void reportReceivedAlwaysGetsTheReportsOwnEventIdSoItMeetsTheDeliveryAcknowledgement() {
        CaseStatusEvent event = mapper.toEvent(request(
                UUID.randomUUID().toString(),
                "REPORT_RECEIVED",
                "VS-1",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));

        assertThat(event.getEventId()).isEqualTo(StatusEvents.receivedEventId(REPORT));
        assertThat(((ReportReceived) event.getPayload()).getSystemReference()).isEqualTo("VS-1");
    }

    @Test
    void eachTypeMapsToItsPayload() {
        assertThat(mapper.toEvent(request(
                                UUID.randomUUID().toString(),
                                "PROTECTIVE_ASSESSMENT_MADE",
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))
                        .getPayload())
                .isInstanceOf(ProtectiveAssessmentMade.class);
        assertThat(mapper.toEvent(request(
                                UUID.randomUUID().toString(),
                                "TRANSFERRED_TO_MUNICIPALITY",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "0180",
                                "2026-11-22",
                                null,
                                null))
                        .getPayload())
                .isEqualTo(new TransferredToMunicipality("0180", LocalDate.of(2026, 11, 22)));
        assertThat(mapper.toEvent(request(
                                UUID.randomUUID().toString(),
                                "CASE_OFFICER_CHANGED",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "officer-17",
                                "2026-11-21"))
                        .getPayload())
                .isEqualTo(new CaseOfficerChanged("officer-17", LocalDate.of(2026, 11, 21)));
    }

    @Test
    void everyProblemIsReportedWithItsFieldAndCode() {
        StatusEventRequest bad = new StatusEventRequest(
                "not-a-uuid",
                null,
                "9999",
                "yesterday",
                "INVESTIGATION_DECISION_MADE",
                null,
                null,
                "MAYBE",
                "23/11/2026",
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> mapper.toEvent(bad))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field, FieldError::code)
                                .containsExactlyInAnyOrder(
                                        tuple("reportId", ErrorCode.MISSING_FIELD),
                                        tuple("eventId", ErrorCode.INVALID_FIELD),
                                        tuple("municipalityCode", ErrorCode.UNKNOWN_MUNICIPALITY),
                                        tuple("occurredAt", ErrorCode.INVALID_FIELD),
                                        tuple("decision", ErrorCode.INVALID_FIELD),
                                        tuple("decisionDate", ErrorCode.INVALID_FIELD)));
    }

    @Test
    void aFieldOfAnotherTypeIsRejectedSoNoExtraContentTravels() {
        assertThatThrownBy(() -> mapper.toEvent(request(
                        UUID.randomUUID().toString(),
                        "PROTECTIVE_ASSESSMENT_MADE",
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "officer-17",
                        null)))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field, FieldError::code)
                                .containsExactly(tuple("caseOfficerRef", ErrorCode.INVALID_FIELD)));
    }

    @Test
    void aStatusEventWithoutTheSendersOwnEventIdIsRefusedSoARetryCanNeverBecomeASecondEvent() {
        for (String missing : new String[] {null, " "}) {
            assertThatThrownBy(() -> mapper.toEvent(request(
                            missing,
                            "INVESTIGATION_DECISION_MADE",
                            null,
                            null,
                            "OPENED",
                            "2026-11-20",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)))
                    .isInstanceOfSatisfying(
                            SubmissionRejectedException.class,
                            e -> assertThat(e.errors())
                                    .extracting(FieldError::field, FieldError::code)
                                    .containsExactly(tuple("eventId", ErrorCode.MISSING_FIELD)));
        }
    }

    @Test
    void theSameEventIdSentTwiceIsTheSameEvent() {
        String eventId = UUID.randomUUID().toString();
        StatusEventRequest request = request(
                eventId,
                "INVESTIGATION_DECISION_MADE",
                null,
                null,
                "OPENED",
                "2026-11-20",
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(mapper.toEvent(request).getEventId())
                .isEqualTo(mapper.toEvent(request).getEventId())
                .isEqualTo(eventId);
    }

    @Test
    void anUnknownTypeAndMissingTypeFieldsAreRejected() {
        assertThatThrownBy(() -> mapper.toEvent(request(
                        UUID.randomUUID().toString(),
                        "CASE_REOPENED",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("type"));
        assertThatThrownBy(() -> mapper.toEvent(request(
                        UUID.randomUUID().toString(),
                        "PROTECTIVE_ASSESSMENT_MADE",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field, FieldError::code)
                                .containsExactly(tuple("immediateProtectionNeeded", ErrorCode.MISSING_FIELD)));
    }

    @Test
    void aTransferToTheSameMunicipalityAndFutureDatesAreRejected() {
        assertThatThrownBy(() -> mapper.toEvent(request(
                        UUID.randomUUID().toString(),
                        "TRANSFERRED_TO_MUNICIPALITY",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "1480",
                        "2027-01-01",
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder("toMunicipalityCode", "transferredOn"));
    }

    @Test
    void messagesNeverRepeatTheRejectedValue() {
        String secret = "201009029859";
        StatusEventRequest bad = new StatusEventRequest(
                secret, secret, secret, secret, secret, null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> mapper.toEvent(bad))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .allSatisfy(error -> assertThat(error.message()).doesNotContain(secret)));
    }

    private static StatusEventRequest request(
            String eventId,
            String type,
            String systemReference,
            Boolean immediateProtectionNeeded,
            String decision,
            String decisionDate,
            Boolean withholdFeedback,
            String closedOn,
            String toMunicipalityCode,
            String transferredOn,
            String caseOfficerRef,
            String tookOverOn) {
        return new StatusEventRequest(
                eventId,
                REPORT,
                "1480",
                null,
                type,
                systemReference,
                immediateProtectionNeeded,
                decision,
                decisionDate,
                withholdFeedback,
                closedOn,
                toMunicipalityCode,
                transferredOn,
                caseOfficerRef,
                tookOverOn);
    }
}
