package se.oroshub.hub.rules.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.SCHOOL;
import static se.oroshub.schemas.fixtures.TestReport.report;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReporterKind;

class IntakeOriginAuthorityTest {

    private static final OrganisationId OTHER_SCHOOL =
            new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837462");
    private static final OrganisationId HEALTH_CENTRE =
            new OrganisationId(OrganisationIdScheme.HSA_ID, "SE2321000016-15CQ");

    private final IntakeOriginAuthority authority = new IntakeOriginAuthority(ConnectorMandates.of(Map.of(
            "school", Set.of(SCHOOL, OTHER_SCHOOL),
            "healthcare", Set.of(HEALTH_CENTRE),
            "citizen-e-service", Set.of())));

    @Test
    void aConnectorMaySendReportsForTheOrganisationsItServes() {
        assertThat(authority.check("school", report().organisation(OTHER_SCHOOL).build()))
                .isEmpty();
    }

    @Test
    void aConnectorWithoutAMandateMaySendNothing() {
        IntakeOriginAuthority.Refusal refusal = authority
                .check("unknown", report().connector("unknown").build())
                .orElseThrow();
        assertThat(refusal.field()).isEqualTo("connectorId");
        assertThat(refusal.detail()).contains("unknown").contains("no mandate");
    }

    @Test
    void aReportNamingAnotherConnectorThanItsTopicIsRefused() {
        IntakeOriginAuthority.Refusal refusal = authority
                .check("healthcare", report().connector("school").build())
                .orElseThrow();
        assertThat(refusal.field()).isEqualTo("connectorId");
        assertThat(refusal.detail()).contains("healthcare").contains("school");
    }

    @Test
    void aConnectorMayNotSpeakForAnOrganisationItDoesNotServe() {
        IntakeOriginAuthority.Refusal refusal = authority
                .check(
                        "healthcare",
                        report().connector("healthcare").organisation(SCHOOL).build())
                .orElseThrow();
        assertThat(refusal.field()).isEqualTo("reporter.organisation.id");
        assertThat(refusal.detail()).contains("SCHOOL_UNIT_CODE:" + SCHOOL.getValue());
    }

    @Test
    void aReportWithoutAReportingOrganisationNeedsOnlyTheConnectorsMandate() {
        assertThat(authority.check(
                        "citizen-e-service",
                        report().connector("citizen-e-service")
                                .reporter(ReporterKind.PRIVATE_PERSON)
                                .organisation(null)
                                .build()))
                .isEmpty();
    }
}
