package se.oroshub.connector.support.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.OrganisationUser;

/** Reads the organisation from the {@link OrganisationUserDetails} Spring Security authenticated. */
public final class SecurityContextCurrentOrganisation implements CurrentOrganisation {

    @Override
    public Optional<OrganisationUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OrganisationUserDetails details) {
            return Optional.of(details.organisationUser());
        }
        return Optional.empty();
    }
}
