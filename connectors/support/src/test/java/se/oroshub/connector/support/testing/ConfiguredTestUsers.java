package se.oroshub.connector.support.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.OrganisationUser;

/**
 * The users of {@link TestUsersProperties}. A user of an organisation the connector does not serve signs in but is
 * refused everything, as a token of such an organisation is. Every lookup returns a fresh {@link TestUser}, so
 * erasing the credentials of one authentication never touches the configuration.
 */
public final class ConfiguredTestUsers implements UserDetailsService {

    private final Map<String, TestUsersProperties.User> users = new LinkedHashMap<>();
    private final ConnectorProperties connector;

    public ConfiguredTestUsers(TestUsersProperties properties, ConnectorProperties connector) {
        this.connector = connector;
        properties.users().forEach(user -> users.put(user.username(), user));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        TestUsersProperties.User user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        OrganisationUser organisationUser = connector
                .organisation(user.organisation().id())
                .map(served -> new OrganisationUser(
                        user.username(), user.displayName(), user.role(), served.id(), served.name()))
                .orElse(null);
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new TestUser(user.username(), user.password(), authorities, organisationUser);
    }
}
