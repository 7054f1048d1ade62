package se.oroshub.connector.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.oroshub.connector.support.testing.TestTokens;

/**
 * The access rules of a connector's APIs and operational endpoints, with real tokens signed by the test issuer's key
 * and checked by the production decoder: signature, expiry, issuer, audience, the organisation and the role.
 */
@SpringBootTest(
        classes = ApiTokenAccessRulesTest.App.class,
        properties = {
            "oroshub.connector.id=school",
            "oroshub.connector.organisations[0].scheme=SCHOOL_UNIT_CODE",
            "oroshub.connector.organisations[0].value=29837461",
            "oroshub.connector.organisations[0].name=Kvarnbackaskolan",
            "spring.kafka.bootstrap-servers=127.0.0.1:1",
            "management.endpoints.web.exposure.include=health,info,metrics"
        })
@AutoConfigureMockMvc
class ApiTokenAccessRulesTest {

    private static final String SCHOOL = "SCHOOL_UNIT_CODE:29837461";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(WhoAmI.class)
    static class App {}

    @RestController
    static class WhoAmI {

        private final CurrentOrganisation currentOrganisation;

        WhoAmI(CurrentOrganisation currentOrganisation) {
            this.currentOrganisation = currentOrganisation;
        }

        @GetMapping("/api/v1/whoami")
        String whoami() {
            OrganisationUser user = currentOrganisation.require();
            return user.username() + "@" + user.organisation().getValue();
        }

        @GetMapping("/page")
        String page() {
            return "page";
        }
    }

    @Autowired
    MockMvc mvc;

    private static TestTokens.Builder reporter() {
        return TestTokens.token("anna", SCHOOL, AccessRole.REPORTER).audience("connector-school");
    }

    @Test
    void validTokenOfAReporterOfAServedOrganisationIsLetIn() throws Exception {
        mvc.perform(get("/api/v1/whoami").header("Authorization", reporter().bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string("anna@29837461"));
    }

    @Test
    void requestWithoutTokenIsUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/whoami"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
    }

    @Test
    void expiredTokenIsUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/whoami")
                        .header("Authorization", reporter().expired().bearer()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/whoami")
                        .header("Authorization", reporter().otherKey().bearer()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/whoami")
                        .header(
                                "Authorization",
                                reporter().audience("connector-social-services").bearer()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenOfAnotherIssuerIsUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/whoami")
                        .header(
                                "Authorization",
                                reporter()
                                        .issuer("http://127.0.0.1:1/other-issuer")
                                        .bearer()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void malformedTokenIsUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/whoami").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenOfAnOrganisationThisDeploymentDoesNotServeIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/whoami")
                        .header(
                                "Authorization",
                                TestTokens.token("mallory", "SCHOOL_UNIT_CODE:11112222", AccessRole.REPORTER)
                                        .audience("connector-school")
                                        .bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void tokenWithoutOrganisationIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/whoami")
                        .header(
                                "Authorization",
                                TestTokens.token("nobody", null, AccessRole.REPORTER)
                                        .audience("connector-school")
                                        .bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void tokenWithoutTheApiRoleIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/whoami")
                        .header(
                                "Authorization",
                                TestTokens.token("olle", SCHOOL, AccessRole.AUDITOR)
                                        .audience("connector-school")
                                        .bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void livenessAndReadinessAreOpen() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void healthStatusIsOpenButItsDetailsAreNot() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().is(org.hamcrest.Matchers.oneOf(200, 503)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("components"))));
    }

    @Test
    void operationalEndpointsNeedAnOperator() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").header("Authorization", reporter().bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics")
                        .header(
                                "Authorization",
                                TestTokens.token("ops", SCHOOL, AccessRole.OPERATOR)
                                        .audience("connector-school")
                                        .bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void pagesWithoutSignInLeadToTheIdentityProvider() throws Exception {
        mvc.perform(get("/page").accept("text/html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void testUserOfTheTestSignInFollowsTheSameRules() throws Exception {
        mvc.perform(get("/api/v1/whoami").with(httpBasic("anna", "test-only-anna")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/whoami").with(httpBasic("olle", "test-only-olle")))
                .andExpect(status().isForbidden());
    }
}
