package se.oroshub.connector.support.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.OrganisationPrincipal;
import se.oroshub.connector.support.OrganisationUser;

/**
 * Reads the organisation from the authentication Spring Security made: a person signed in through the identity
 * provider ({@link OrganisationOidcUser}) or an API caller's bearer token ({@link OrganisationJwtAuthentication}).
 */
public final class SecurityContextCurrentOrganisation implements CurrentOrganisation {

    @Override
    public Optional<OrganisationUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof OrganisationPrincipal principal) {
            return principal.organisationUser();
        }
        if (authentication.getPrincipal() instanceof OrganisationPrincipal principal) {
            return principal.organisationUser();
        }
        return Optional.empty();
    }
}
