package se.oroshub.hub.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.MALMO;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.reference.MunicipalityCodes;

class StatusEventAuthorityTest {

    private static final Instant AT = Instant.parse("2026-03-12T10:00:00Z");
    private final StatusEventAuthority authority = new StatusEventAuthority(MunicipalityCodes.official());

    /** The event as read from the status-event topic of the municipality it names. */
    private StatusVerdict fromItsOwnTopic(CaseStatusEvent event, Optional<String> responsible) {
        return authority.authorise(event.getMunicipalityCode(), event, responsible);
    }

    private static StatusVerdict.Rejected rejected(StatusVerdict verdict) {
        assertThat(verdict).isInstanceOf(StatusVerdict.Rejected.class);
        return (StatusVerdict.Rejected) verdict;
    }

    @Test
    void eventFromTheMunicipalityTheReportIsRoutedToIsAccepted() {
        StatusVerdict verdict = fromItsOwnTopic(
                TestEvents.decision("r1", STOCKHOLM, AT, InvestigationDecision.OPENED, false), Optional.of(STOCKHOLM));
        assertThat(verdict)
                .isEqualTo(new StatusVerdict.Accepted(StatusEventKind.INVESTIGATION_DECISION_MADE, STOCKHOLM, false));
    }

    @Test
    void eventFromAnotherMunicipalityIsRejectedAsWrongMunicipality() {
        StatusVerdict.Rejected rejected = rejected(fromItsOwnTopic(
                TestEvents.decision("r1", GOTEBORG, AT, InvestigationDecision.OPENED, false), Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.WRONG_MUNICIPALITY);
        assertThat(rejected.field()).isEqualTo("municipalityCode");
    }

    @Test
    void aMunicipalityMayNotSpeakForAnotherOnItsOwnStatusTopic() {
        CaseStatusEvent claimsStockholm =
                TestEvents.decision("r1", STOCKHOLM, AT, InvestigationDecision.NOT_OPENED, false);
        StatusVerdict.Rejected rejected =
                rejected(authority.authorise(GOTEBORG, claimsStockholm, Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.SENDER_NOT_PERMITTED);
        assertThat(rejected.field()).isEqualTo("municipalityCode");
        assertThat(rejected.detail()).contains(STOCKHOLM).contains(GOTEBORG);
    }

    @Test
    void theSenderIsCheckedBeforeTheReportIsLookedUp() {
        assertThat(rejected(authority.authorise(MALMO, TestEvents.received("r9", STOCKHOLM, AT), Optional.empty()))
                        .reason())
                .isEqualTo(RejectionReason.SENDER_NOT_PERMITTED);
    }

    @Test
    void eventForAnUnknownReportIsRejected() {
        StatusVerdict.Rejected rejected =
                rejected(fromItsOwnTopic(TestEvents.received("r9", STOCKHOLM, AT), Optional.empty()));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.UNKNOWN_REPORT);
        assertThat(rejected.field()).isEqualTo("reportId");
    }

    @Test
    void afterATransferOnlyTheReceivingMunicipalityMaySpeak() {
        StatusVerdict transfer =
                fromItsOwnTopic(TestEvents.transferred("r1", STOCKHOLM, GOTEBORG, AT), Optional.of(STOCKHOLM));
        assertThat(transfer)
                .isEqualTo(new StatusVerdict.Accepted(StatusEventKind.TRANSFERRED_TO_MUNICIPALITY, GOTEBORG, true));
        String responsible = ((StatusVerdict.Accepted) transfer).responsibleMunicipality();

        assertThat(fromItsOwnTopic(TestEvents.received("r1", GOTEBORG, AT), Optional.of(responsible)))
                .isInstanceOf(StatusVerdict.Accepted.class);
        assertThat(rejected(fromItsOwnTopic(TestEvents.received("r1", STOCKHOLM, AT), Optional.of(responsible)))
                        .reason())
                .isEqualTo(RejectionReason.WRONG_MUNICIPALITY);
    }

    @Test
    void transferToAnUnknownMunicipalityIsInvalid() {
        StatusVerdict.Rejected rejected =
                rejected(fromItsOwnTopic(TestEvents.transferred("r1", STOCKHOLM, "0000", AT), Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
        assertThat(rejected.field()).isEqualTo("payload.toMunicipalityCode");
    }

    @Test
    void transferToItselfIsInvalid() {
        StatusVerdict.Rejected rejected = rejected(
                fromItsOwnTopic(TestEvents.transferred("r1", STOCKHOLM, STOCKHOLM, AT), Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
        assertThat(rejected.field()).isEqualTo("payload.toMunicipalityCode");
    }

    @Test
    void invalidEventIsRejectedBeforeTheReportIsLookedUp() {
        StatusVerdict.Rejected rejected =
                rejected(fromItsOwnTopic(TestEvents.transferred("r1", MALMO, "0000", AT), Optional.empty()));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
    }

    @Test
    void eventWithoutIdsOrPayloadIsInvalidAndNamesTheField() {
        CaseStatusEvent valid = TestEvents.received("r1", STOCKHOLM, AT);
        assertThat(rejected(fromItsOwnTopic(copy(valid).setEventId(" ").build(), Optional.of(STOCKHOLM)))
                        .field())
                .isEqualTo("eventId");
        assertThat(rejected(fromItsOwnTopic(copy(valid).setReportId("").build(), Optional.of(STOCKHOLM)))
                        .field())
                .isEqualTo("reportId");
        assertThat(rejected(fromItsOwnTopic(copy(valid).setMunicipalityCode("").build(), Optional.of(STOCKHOLM)))
                        .field())
                .isEqualTo("municipalityCode");
        CaseStatusEvent noPayload = CaseStatusEvent.newBuilder(valid).build();
        noPayload.setPayload("not an event");
        assertThat(rejected(fromItsOwnTopic(noPayload, Optional.of(STOCKHOLM))).field())
                .isEqualTo("payload");
    }

    @Test
    void decisionWithoutADateIsInvalid() {
        CaseStatusEvent event = TestEvents.decision("r1", STOCKHOLM, AT, InvestigationDecision.OPENED, false);
        ((InvestigationDecisionMade) event.getPayload()).setDecisionDate(null);
        StatusVerdict.Rejected rejected = rejected(fromItsOwnTopic(event, Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
        assertThat(rejected.field()).isEqualTo("payload.decisionDate");
    }

    @Test
    void rejectionDetailCarriesIdsAndCodesOnly() {
        StatusVerdict.Rejected rejected =
                rejected(fromItsOwnTopic(TestEvents.officerChanged("r1", GOTEBORG, AT), Optional.of(STOCKHOLM)));
        assertThat(rejected.detail()).doesNotContain("handlaggare-17");
    }

    private static CaseStatusEvent.Builder copy(CaseStatusEvent event) {
        return CaseStatusEvent.newBuilder(event);
    }
}
