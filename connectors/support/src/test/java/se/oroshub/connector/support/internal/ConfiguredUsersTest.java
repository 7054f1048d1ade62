package se.oroshub.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ConnectorSecurityProperties;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

class ConfiguredUsersTest {

    private static final ConnectorProperties CONNECTOR = new ConnectorProperties(
            "school",
            List.of(new ConnectorProperties.Organisation(
                    OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461", "Kvarnbackaskolan")),
            null,
            null);

    private static ConnectorSecurityProperties.User user(String username, String unit) {
        return new ConnectorSecurityProperties.User(
                username,
                "{noop}secret",
                "Anna Lärare",
                "Klasslärare",
                new ConnectorSecurityProperties.OrganisationRef(OrganisationIdScheme.SCHOOL_UNIT_CODE, unit));
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInUserActsForTheOrganisationConfiguredForThem() {
        ConfiguredUsers users = new ConfiguredUsers(
                new ConnectorSecurityProperties(null, null, List.of(user("anna", "29837461"))), CONNECTOR);
        UserDetails anna = users.loadUserByUsername("anna");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(anna, null, anna.getAuthorities()));

        assertThat(new SecurityContextCurrentOrganisation().requireId())
                .isEqualTo(new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461"));
        assertThat(new SecurityContextCurrentOrganisation().require().organisationName())
                .isEqualTo("Kvarnbackaskolan");
    }

    @Test
    void eachLookupIsAFreshCopySoErasedCredentialsDoNotLockTheUserOut() {
        ConfiguredUsers users = new ConfiguredUsers(
                new ConnectorSecurityProperties(null, null, List.of(user("anna", "29837461"))), CONNECTOR);
        ((OrganisationUserDetails) users.loadUserByUsername("anna")).eraseCredentials();

        assertThat(users.loadUserByUsername("anna").getPassword()).isEqualTo("{noop}secret");
    }

    @Test
    void aUserOfAnOrganisationTheConnectorDoesNotServeStopsTheStart() {
        ConnectorSecurityProperties security =
                new ConnectorSecurityProperties(null, null, List.of(user("mallory", "11112222")));

        assertThatThrownBy(() -> new ConfiguredUsers(security, CONNECTOR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mallory")
                .hasMessageContaining("oroshub.connector.organisations");
    }

    @Test
    void withoutASignedInUserThereIsNoOrganisation() {
        assertThat(new SecurityContextCurrentOrganisation().current()).isEmpty();
        assertThatThrownBy(() -> new SecurityContextCurrentOrganisation().require())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anUnknownUserIsNotFound() {
        ConfiguredUsers users = new ConfiguredUsers(new ConnectorSecurityProperties(null, null, List.of()), CONNECTOR);

        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }
}
