package se.oroshub.connector.healthcare.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ConnectorSecurityProperties;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.OrganisationUser;

/**
 * The signed-in user's organisation, looked up by user name in {@code oroshub.connector.security.users}.
 *
 * <p>Spring Security's in-memory user store hands out plain copies of its users, so the authenticated principal does
 * not carry the organisation itself; the configured user it was made from does. A deployment with its own identity
 * provider replaces this bean, as {@link CurrentOrganisation} describes.
 */
public final class ConfiguredUserOrganisation implements CurrentOrganisation {

    private final ConnectorSecurityProperties security;
    private final ConnectorProperties connector;

    public ConfiguredUserOrganisation(ConnectorSecurityProperties security, ConnectorProperties connector) {
        this.security = security;
        this.connector = connector;
    }

    @Override
    public Optional<OrganisationUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return security.users().stream()
                .filter(user -> user.username().equals(authentication.getName()))
                .findFirst()
                .flatMap(user -> connector.organisation(user.organisation().id())
                        .map(organisation -> new OrganisationUser(user.username(), user.displayName(), user.role(),
                                organisation.id(), organisation.name())));
    }
}
