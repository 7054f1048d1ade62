package se.oroshub.hub.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;
import static se.oroshub.schemas.fixtures.TestReport.report;

import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ClearingReason;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.reference.MunicipalityCodes;

class RouterTest {

    private final Router router = new Router(MunicipalityCodes.official());

    @Test
    void reportGoesToTheMunicipalityOfRegistration() {
        assertThat(router.route(
                        report().registeredIn(STOCKHOLM).currentlyIn(GOTEBORG).build()))
                .isEqualTo(new RoutingDecision.Routed(STOCKHOLM, RoutingBasis.MUNICIPALITY_OF_REGISTRATION));
    }

    @Test
    void currentMunicipalityDecidesWhereTheRegistrationIsUnknown() {
        assertThat(router.route(
                        report().registeredIn(null).currentlyIn(GOTEBORG).build()))
                .isEqualTo(new RoutingDecision.Routed(GOTEBORG, RoutingBasis.CURRENT_MUNICIPALITY));
    }

    @Test
    void registrationCodeOutsideTheDirectoryCountsAsUnknown() {
        assertThat(router.route(
                        report().registeredIn("0000").currentlyIn(GOTEBORG).build()))
                .isEqualTo(new RoutingDecision.Routed(GOTEBORG, RoutingBasis.CURRENT_MUNICIPALITY));
    }

    @Test
    void reportWithNoKnownMunicipalityGoesToClearingWithTheReason() {
        RoutingDecision decision =
                router.route(report().registeredIn(null).currentlyIn(" ").build());
        assertThat(decision).isInstanceOf(RoutingDecision.ToClearing.class);
        RoutingDecision.ToClearing clearing = (RoutingDecision.ToClearing) decision;
        assertThat(clearing.reason()).isEqualTo(ClearingReason.NO_MUNICIPALITY_KNOWN);
        assertThat(clearing.detail())
                .contains("child.municipalityOfRegistration")
                .contains("child.currentMunicipality");
    }

    @Test
    void clearingDetailNeverCarriesThePersonalIdentityNumberOrFreeText() {
        ConcernReport report =
                report().registeredIn("Stockholm kommun").currentlyIn("9999").build();
        RoutingDecision.ToClearing clearing = (RoutingDecision.ToClearing) router.route(report);
        assertThat(clearing.detail())
                .doesNotContain(report.getChild().getPersonalIdentityNumber())
                .doesNotContain("Stockholm kommun")
                .contains("'9999'");
    }

    @Test
    void everyOfficialMunicipalityIsRoutable() {
        MunicipalityCodes codes = MunicipalityCodes.official();
        assertThat(codes.all())
                .hasSize(290)
                .allSatisfy(m -> assertThat(
                                router.route(report().registeredIn(m.code()).build()))
                        .isEqualTo(new RoutingDecision.Routed(m.code(), RoutingBasis.MUNICIPALITY_OF_REGISTRATION)));
    }
}
