package se.oroshub.connector.support;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

/**
 * Sign-in for the local runtime and tests, under {@code oroshub.connector.security}. Production replaces the users
 * with its identity provider (SITHS, SAML/OIDC federation); see {@link CurrentOrganisation}.
 *
 * <pre>
 * oroshub:
 *   connector:
 *     security:
 *       api-paths: [/api/**]          # HTTP Basic, stateless, no CSRF token (JSON clients); everything else: form login + CSRF
 *       login-page: /login            # the connector's own login page; empty = Spring Security's generated page
 *       users:
 *         - username: anna
 *           password: "{noop}demo"    # any Spring Security DelegatingPasswordEncoder form, e.g. {bcrypt}...
 *           display-name: Anna Andersson
 *           role: Klasslärare
 *           organisation: {scheme: SCHOOL_UNIT_CODE, value: "12345678"}
 * </pre>
 *
 * @param apiPaths  the JSON API paths (Ant patterns), default {@code /api/**}
 * @param loginPage the path of the connector's own login page, or empty for Spring Security's generated one
 * @param users     the local users
 */
@ConfigurationProperties("oroshub.connector.security")
public record ConnectorSecurityProperties(
        @DefaultValue("/api/**") List<String> apiPaths,
        @DefaultValue("") String loginPage,
        List<User> users) {

    public ConnectorSecurityProperties {
        apiPaths = apiPaths == null ? List.of("/api/**") : List.copyOf(apiPaths);
        loginPage = loginPage == null ? "" : loginPage;
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * A local user.
     *
     * @param username     login name
     * @param password     password in DelegatingPasswordEncoder form ({@code {noop}...}, {@code {bcrypt}...})
     * @param displayName  the person's name
     * @param role         the professional role
     * @param organisation the organisation the user acts for; must be one of {@code oroshub.connector.organisations}
     */
    public record User(
            String username, String password, String displayName, String role, OrganisationRef organisation) {

        public User {
            Objects.requireNonNull(username, "oroshub.connector.security.users[].username");
            Objects.requireNonNull(password, "oroshub.connector.security.users[].password");
            Objects.requireNonNull(organisation, "oroshub.connector.security.users[].organisation");
        }
    }

    /**
     * A reference to a configured organisation.
     *
     * @param scheme the identifier scheme
     * @param value  the identifier
     */
    public record OrganisationRef(OrganisationIdScheme scheme, String value) {

        public OrganisationId id() {
            return new OrganisationId(scheme, value);
        }
    }
}
