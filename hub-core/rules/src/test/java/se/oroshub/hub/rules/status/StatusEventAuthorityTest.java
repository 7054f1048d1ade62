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

    private static StatusVerdict.Rejected rejected(StatusVerdict verdict) {
        assertThat(verdict).isInstanceOf(StatusVerdict.Rejected.class);
        return (StatusVerdict.Rejected) verdict;
    }

    @Test
    void eventFromTheMunicipalityTheReportIsRoutedToIsAccepted() {
        StatusVerdict verdict = authority.authorise(
                TestEvents.decision("r1", STOCKHOLM, AT, InvestigationDecision.OPENED, false), Optional.of(STOCKHOLM));
        assertThat(verdict)
                .isEqualTo(new StatusVerdict.Accepted(StatusEventKind.INVESTIGATION_DECISION_MADE, STOCKHOLM, false));
    }

    @Test
    void eventFromAnotherMunicipalityIsRejectedAsWrongMunicipality() {
        StatusVerdict.Rejected rejected = rejected(authority.authorise(
                TestEvents.decision("r1", GOTEBORG, AT, InvestigationDecision.OPENED, false), Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.WRONG_MUNICIPALITY);
        assertThat(rejected.field()).isEqualTo("municipalityCode");
    }

    @Test
    void eventForAnUnknownReportIsRejected() {
        StatusVerdict.Rejected rejected =
                rejected(authority.authorise(TestEvents.received("r9", STOCKHOLM, AT), Optional.empty()));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.UNKNOWN_REPORT);
        assertThat(rejected.field()).isEqualTo("reportId");
    }

    @Test
    void afterATransferOnlyTheReceivingMunicipalityMaySpeak() {
        StatusVerdict transfer =
                authority.authorise(TestEvents.transferred("r1", STOCKHOLM, GOTEBORG, AT), Optional.of(STOCKHOLM));
        assertThat(transfer)
                .isEqualTo(new StatusVerdict.Accepted(StatusEventKind.TRANSFERRED_TO_MUNICIPALITY, GOTEBORG, true));
        String responsible = ((StatusVerdict.Accepted) transfer).responsibleMunicipality();

        assertThat(authority.authorise(TestEvents.received("r1", GOTEBORG, AT), Optional.of(responsible)))
                .isInstanceOf(StatusVerdict.Accepted.class);
        assertThat(rejected(authority.authorise(TestEvents.received("r1", STOCKHOLM, AT), Optional.of(responsible)))
                        .reason())
                .isEqualTo(RejectionReason.WRONG_MUNICIPALITY);
    }

    @Test
    void transferToAnUnknownMunicipalityIsInvalid() {
        StatusVerdict.Rejected rejected = rejected(
                authority.authorise(TestEvents.transferred("r1", STOCKHOLM, "0000", AT), Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
        assertThat(rejected.field()).isEqualTo("payload.toMunicipalityCode");
    }

    @Test
    void transferToItselfIsInvalid() {
        StatusVerdict.Rejected rejected = rejected(
                authority.authorise(TestEvents.transferred("r1", STOCKHOLM, STOCKHOLM, AT), Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
        assertThat(rejected.field()).isEqualTo("payload.toMunicipalityCode");
    }

    @Test
    void invalidEventIsRejectedBeforeTheReportIsLookedUp() {
        StatusVerdict.Rejected rejected =
                rejected(authority.authorise(TestEvents.transferred("r1", MALMO, "0000", AT), Optional.empty()));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
    }

    @Test
    void eventWithoutIdsOrPayloadIsInvalidAndNamesTheField() {
        CaseStatusEvent valid = TestEvents.received("r1", STOCKHOLM, AT);
        assertThat(rejected(authority.authorise(copy(valid).setEventId(" ").build(), Optional.of(STOCKHOLM)))
                        .field())
                .isEqualTo("eventId");
        assertThat(rejected(authority.authorise(copy(valid).setReportId("").build(), Optional.of(STOCKHOLM)))
                        .field())
                .isEqualTo("reportId");
        assertThat(rejected(authority.authorise(
                                copy(valid).setMunicipalityCode("").build(), Optional.of(STOCKHOLM)))
                        .field())
                .isEqualTo("municipalityCode");
        CaseStatusEvent noPayload = CaseStatusEvent.newBuilder(valid).build();
        noPayload.setPayload("not an event");
        assertThat(rejected(authority.authorise(noPayload, Optional.of(STOCKHOLM)))
                        .field())
                .isEqualTo("payload");
    }

    @Test
    void decisionWithoutADateIsInvalid() {
        CaseStatusEvent event = TestEvents.decision("r1", STOCKHOLM, AT, InvestigationDecision.OPENED, false);
        ((InvestigationDecisionMade) event.getPayload()).setDecisionDate(null);
        StatusVerdict.Rejected rejected = rejected(authority.authorise(event, Optional.of(STOCKHOLM)));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_STATUS_EVENT);
        assertThat(rejected.field()).isEqualTo("payload.decisionDate");
    }

    @Test
    void rejectionDetailCarriesIdsAndCodesOnly() {
        StatusVerdict.Rejected rejected =
                rejected(authority.authorise(TestEvents.officerChanged("r1", GOTEBORG, AT), Optional.of(STOCKHOLM)));
        assertThat(rejected.detail()).doesNotContain("handlaggare-17");
    }

    private static CaseStatusEvent.Builder copy(CaseStatusEvent event) {
        return CaseStatusEvent.newBuilder(event);
    }
}
