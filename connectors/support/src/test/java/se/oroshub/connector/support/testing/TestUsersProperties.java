package se.oroshub.connector.support.testing;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.oroshub.connector.support.AccessRole;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

/**
 * The users tests sign in as over HTTP Basic or the connector's form, under {@code oroshub.connector.security.users}
 * (test configuration only: no production jar reads this).
 *
 * <pre>
 * oroshub.connector.security.users:
 *   - username: anna
 *     password: "{noop}anna-demo"
 *     display-name: Anna Lärare
 *     role: Klasslärare              # the professional title
 *     roles: [reporter]              # the access roles
 *     organisation: {scheme: SCHOOL_UNIT_CODE, value: "29837461"}
 * </pre>
 *
 * @param users the test users
 */
@ConfigurationProperties("oroshub.connector.security")
public record TestUsersProperties(List<User> users) {

    public TestUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * A test user.
     *
     * @param username     login name
     * @param password     password in DelegatingPasswordEncoder form ({@code {noop}...})
     * @param displayName  the person's name
     * @param role         the professional title
     * @param roles        the access roles
     * @param organisation the organisation the user acts for
     */
    public record User(
            String username,
            String password,
            String displayName,
            String role,
            List<AccessRole> roles,
            OrganisationRef organisation) {

        public User {
            Objects.requireNonNull(username, "oroshub.connector.security.users[].username");
            Objects.requireNonNull(password, "oroshub.connector.security.users[].password");
            Objects.requireNonNull(organisation, "oroshub.connector.security.users[].organisation");
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** A reference to a configured organisation. */
    public record OrganisationRef(OrganisationIdScheme scheme, String value) {

        public OrganisationId id() {
            return new OrganisationId(scheme, value);
        }
    }
}
