package se.oroshub.connector.support.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ConnectorSecurityProperties;
import se.oroshub.connector.support.OrganisationUser;

/**
 * The users of {@code oroshub.connector.security.users}, each bound to one of the configured organisations. Every
 * lookup returns a fresh {@link OrganisationUserDetails}, so erasing the credentials of one authentication never
 * touches the configuration. No connector ships with users: without any configured, the connector starts and nobody
 * can sign in.
 */
public final class ConfiguredUsers implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);

    private final Map<String, ConnectorSecurityProperties.User> users = new LinkedHashMap<>();
    private final Map<String, OrganisationUser> organisationUsers = new LinkedHashMap<>();

    /** @throws IllegalStateException when a user acts for an organisation the connector is not configured for */
    public ConfiguredUsers(ConnectorSecurityProperties security, ConnectorProperties connector) {
        for (ConnectorSecurityProperties.User user : security.users()) {
            ConnectorProperties.Organisation organisation = connector
                    .organisation(user.organisation().id())
                    .orElseThrow(() -> new IllegalStateException("user '" + user.username() + "' acts for "
                            + user.organisation().scheme() + " "
                            + user.organisation().value()
                            + ", which is not one of oroshub.connector.organisations"));
            users.put(user.username(), user);
            organisationUsers.put(
                    user.username(),
                    new OrganisationUser(
                            user.username(), user.displayName(), user.role(), organisation.id(), organisation.name()));
        }
        if (users.isEmpty()) {
            log.warn(
                    "No users in oroshub.connector.security.users: nobody can sign in to connector '{}'",
                    connector.id());
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        ConnectorSecurityProperties.User user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return new OrganisationUserDetails(organisationUsers.get(username), user.password());
    }
}
