package se.oroshub.hub.rules.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ClearingDecision;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.reference.MunicipalityCodes;

class ClearingAuthorityTest {

    private static final String REPORT = "report-1";
    private static final String DECISION = "decision-1";
    private static final KnownReport WAITING = new KnownReport(List.of(), null, true);

    private final ClearingAuthority authority = new ClearingAuthority(MunicipalityCodes.official());

    private static ClearingDecision decision(String municipality, String decidedBy) {
        return ClearingDecision.newBuilder()
                .setDecisionId(DECISION)
                .setReportId(REPORT)
                .setMunicipalityCode(municipality)
                .setDecidedBy(decidedBy)
                .setDecidedAt(Instant.parse("2026-03-12T10:00:00Z"))
                .build();
    }

    private static ClearingDecision decision(String municipality) {
        return decision(municipality, "clearing-officer-1");
    }

    private static ClearingVerdict.Refused refused(ClearingVerdict verdict) {
        assertThat(verdict).isInstanceOf(ClearingVerdict.Refused.class);
        return (ClearingVerdict.Refused) verdict;
    }

    @Test
    void decisionForAReportWaitingInClearingRoutesItToTheDecidedMunicipality() {
        assertThat(authority.authorise(decision(GOTEBORG), Optional.of(WAITING)))
                .isEqualTo(new ClearingVerdict.Accepted(GOTEBORG));
    }

    @Test
    void decisionAlreadyAppliedIsIgnored() {
        KnownReport routedByThisDecision = new KnownReport(List.of(DECISION), GOTEBORG, false);

        assertThat(authority.authorise(decision(GOTEBORG), Optional.of(routedByThisDecision)))
                .isEqualTo(new ClearingVerdict.Ignored());
        assertThat(authority.authorise(decision("9999", " "), Optional.of(routedByThisDecision)))
                .as("a redelivery is recognised before the decision is judged again")
                .isEqualTo(new ClearingVerdict.Ignored());
    }

    @Test
    void decisionNamingNobodyIsRefused() {
        ClearingVerdict.Refused refused = refused(authority.authorise(decision(GOTEBORG, " "), Optional.of(WAITING)));

        assertThat(refused.reason()).isEqualTo(ClearingRefusal.NOBODY_NAMED);
        assertThat(refused.reason().rejectionReason()).isEqualTo(RejectionReason.MISSING_FIELD);
        assertThat(refused.reason().field()).isEqualTo("decidedBy");
        assertThat(refused.reportId()).isEqualTo(REPORT);
    }

    @Test
    void decisionForAMunicipalityOutsideTheOfficialDirectoryIsRefused() {
        ClearingVerdict.Refused refused = refused(authority.authorise(decision("9999"), Optional.of(WAITING)));

        assertThat(refused.reason()).isEqualTo(ClearingRefusal.UNKNOWN_MUNICIPALITY);
        assertThat(refused.reason().rejectionReason()).isEqualTo(RejectionReason.UNKNOWN_MUNICIPALITY);
        assertThat(refused.reason().field()).isEqualTo("municipalityCode");
        assertThat(refused.reportId()).isEqualTo(REPORT);
    }

    @Test
    void decisionForAReportTheHubNeverAcceptedIsRefusedUnderNoReport() {
        ClearingVerdict.Refused refused = refused(authority.authorise(decision(GOTEBORG), Optional.empty()));

        assertThat(refused.reason()).isEqualTo(ClearingRefusal.UNKNOWN_REPORT);
        assertThat(refused.reason().rejectionReason()).isEqualTo(RejectionReason.UNKNOWN_REPORT);
        assertThat(refused.reason().field()).isEqualTo("reportId");
        assertThat(refused.reportId()).isNull();
        assertThat(refused.detail()).isEqualTo("the hub has accepted no report " + REPORT);
    }

    @Test
    void decisionForAReportNotInClearingIsRefused() {
        ClearingVerdict.Refused routed = refused(authority.authorise(
                decision(GOTEBORG), Optional.of(new KnownReport(List.of("an-earlier-decision"), STOCKHOLM, false))));
        ClearingVerdict.Refused notWaiting =
                refused(authority.authorise(decision(GOTEBORG), Optional.of(new KnownReport(List.of(), null, false))));

        assertThat(List.of(routed, notWaiting)).allSatisfy(refused -> {
            assertThat(refused.reason()).isEqualTo(ClearingRefusal.NOT_IN_CLEARING);
            assertThat(refused.reason().rejectionReason()).isEqualTo(RejectionReason.NOT_IN_CLEARING);
            assertThat(refused.reason().field()).isEqualTo("reportId");
            assertThat(refused.reportId()).isEqualTo(REPORT);
        });
        assertThat(routed.detail())
                .isEqualTo("report " + REPORT + " is not waiting in clearing: it was routed to " + STOCKHOLM);
        assertThat(notWaiting.detail()).isEqualTo("report " + REPORT + " is not waiting in clearing");
    }

    @Test
    void decisionIsJudgedBeforeItsReportIsLookedUp() {
        ClearingVerdict.Refused refused = refused(authority.authorise(decision("9999", " "), Optional.empty()));

        assertThat(refused.reason()).isEqualTo(ClearingRefusal.NOBODY_NAMED);
        assertThat(refused(authority.authorise(decision("9999"), Optional.empty()))
                        .reason())
                .isEqualTo(ClearingRefusal.UNKNOWN_MUNICIPALITY);
        assertThat(refused.reportId())
                .as("filed under the report the decision names")
                .isEqualTo(REPORT);
    }
}
