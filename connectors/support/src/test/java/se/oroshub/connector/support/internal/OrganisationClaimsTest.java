package se.oroshub.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import se.oroshub.connector.support.AccessRole;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ConnectorSecurityProperties;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

class OrganisationClaimsTest {

    private static final ConnectorProperties CONNECTOR = new ConnectorProperties(
            "school",
            List.of(new ConnectorProperties.Organisation(
                    OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461", "Kvarnbackaskolan")),
            null,
            null);

    private static ConnectorSecurityProperties security(
            ConnectorSecurityProperties.Claims claims, Map<String, String> aliases) {
        return new ConnectorSecurityProperties(
                "http://issuer", null, null, null, null, null, null, null, claims, aliases);
    }

    private final OrganisationClaims defaults = new OrganisationClaims(security(null, null), CONNECTOR);

    @Test
    void personOfAServedOrganisationIsMappedFromTheIdTokensClaims() {
        Map<String, Object> claims = Map.of(
                "preferred_username", "anna",
                "name", "Anna Lärare",
                "oroshub_title", "Klasslärare",
                "oroshub_role", List.of("reporter"),
                "oroshub_org", "SCHOOL_UNIT_CODE:29837461");

        assertThat(defaults.organisationUser(claims, "subject-1")).hasValueSatisfying(user -> {
            assertThat(user.username()).isEqualTo("anna");
            assertThat(user.displayName()).isEqualTo("Anna Lärare");
            assertThat(user.role()).isEqualTo("Klasslärare");
            assertThat(user.organisation())
                    .isEqualTo(new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461"));
            assertThat(user.organisationName()).isEqualTo("Kvarnbackaskolan");
        });
        assertThat(defaults.authorities(claims))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_REPORTER");
    }

    @Test
    void organisationThisDeploymentDoesNotServeYieldsNoOrganisationUser() {
        assertThat(defaults.organisationUser(Map.of("oroshub_org", "SCHOOL_UNIT_CODE:11112222"), "s"))
                .isEmpty();
    }

    @Test
    void malformedOrUnknownOrganisationYieldsNoOrganisationUser() {
        assertThat(defaults.organisationUser(Map.of("oroshub_org", "29837461"), "s"))
                .isEmpty();
        assertThat(defaults.organisationUser(Map.of("oroshub_org", "NO_SUCH_SCHEME:29837461"), "s"))
                .isEmpty();
        assertThat(defaults.organisationUser(Map.of("oroshub_org", List.of("x")), "s"))
                .isEmpty();
        assertThat(defaults.organisationUser(Map.of(), "s")).isEmpty();
    }

    @Test
    void unknownRoleValuesGrantNothing() {
        assertThat(defaults.authorities(Map.of("oroshub_role", List.of("superuser", "ROOT"))))
                .isEmpty();
    }

    @Test
    void claimNamesAndRoleValuesOfAnotherIdentityProviderAreConfigurable() {
        OrganisationClaims federation = new OrganisationClaims(
                security(
                        new ConnectorSecurityProperties.Claims("uid", "displayName", "title", "groups", "orgId"),
                        Map.of("Skolpersonal", "reporter")),
                CONNECTOR);
        Map<String, Object> claims = Map.of(
                "uid", "anna",
                "displayName", "Anna Lärare",
                "groups", "Skolpersonal other",
                "orgId", "SCHOOL_UNIT_CODE:29837461");

        assertThat(federation.organisationUser(claims, "s"))
                .hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("anna"));
        assertThat(federation.authorities(claims))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly(AccessRole.REPORTER.authority());
    }
}
