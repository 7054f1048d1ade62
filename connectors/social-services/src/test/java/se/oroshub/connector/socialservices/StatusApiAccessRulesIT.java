package se.oroshub.connector.socialservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.socialservices.support.ConnectorIntegrationTest;
import se.oroshub.connector.support.AccessRole;
import se.oroshub.connector.support.testing.TestTokens;

/**
 * Who may post status events: only a case-management system (role {@code case-system}) of a municipality this
 * deployment serves, for its own municipality, with a token of the configured issuer for this connector. Real tokens,
 * checked by the production decoder.
 */
class StatusApiAccessRulesIT extends ConnectorIntegrationTest {

    private static final String PATH = "/api/v1/status-events";

    private static String received(String municipality) {
        return """
                {"eventId":"%s","reportId":"%s","municipalityCode":"%s","type":"REPORT_RECEIVED"}""".formatted(UUID.randomUUID(), UUID.randomUUID(), municipality);
    }

    @Test
    void caseSystemOfAServedMunicipalityMayPostForItsOwnMunicipality() throws Exception {
        assertThat(postJson(PATH, caseSystemToken("1480"), received("1480")).statusCode())
                .isEqualTo(202);
    }

    @Test
    void caseSystemMayNotPostForAnotherMunicipality() throws Exception {
        assertThat(postJson(PATH, caseSystemToken("1480"), received("1280")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void caseSystemOfAMunicipalityThisDeploymentDoesNotServeIsForbidden() throws Exception {
        assertThat(postJson(PATH, caseSystemToken("0999"), received("0999")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void caseOfficerTokenMayNotPostStatusEvents() throws Exception {
        String officer = TestTokens.token("handlaggare", "MUNICIPALITY_CODE:1480", AccessRole.CASE_OFFICER)
                .audience("connector-social-services")
                .bearer();

        assertThat(postJson(PATH, officer, received("1480")).statusCode()).isEqualTo(403);
    }

    @Test
    void tokenForAnotherConnectorIsUnauthorised() throws Exception {
        String forSchool = TestTokens.token("case-system-1480", "MUNICIPALITY_CODE:1480", AccessRole.CASE_SYSTEM)
                .audience("connector-school")
                .bearer();

        assertThat(postJson(PATH, forSchool, received("1480")).statusCode()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsUnauthorised() throws Exception {
        String expired = TestTokens.token("case-system-1480", "MUNICIPALITY_CODE:1480", AccessRole.CASE_SYSTEM)
                .audience("connector-social-services")
                .expired()
                .bearer();

        assertThat(postJson(PATH, expired, received("1480")).statusCode()).isEqualTo(401);
    }

    @Test
    void requestWithoutTokenIsUnauthorised() throws Exception {
        assertThat(postJson(PATH, null, received("1480")).statusCode()).isEqualTo(401);
    }
}
