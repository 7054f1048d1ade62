package se.oroshub.connector.support.internal;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.oroshub.connector.support.OrganisationPrincipal;
import se.oroshub.connector.support.OrganisationUser;

/** A person signed in through the identity provider, with the organisation and roles its ID token asserts. */
public final class OrganisationOidcUser extends DefaultOidcUser implements OrganisationPrincipal {

    private final OrganisationUser organisationUser;

    public OrganisationOidcUser(
            OidcUser user, Collection<? extends GrantedAuthority> authorities, OrganisationUser organisationUser) {
        super(authorities, user.getIdToken(), user.getUserInfo());
        this.organisationUser = organisationUser;
    }

    @Override
    public Optional<OrganisationUser> organisationUser() {
        return Optional.ofNullable(organisationUser);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
