package se.oroshub.connector.support.internal;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import se.oroshub.connector.support.OrganisationPrincipal;
import se.oroshub.connector.support.OrganisationUser;

/** A caller of an API, authenticated by a bearer token, with the organisation and roles the token asserts. */
public final class OrganisationJwtAuthentication extends JwtAuthenticationToken implements OrganisationPrincipal {

    private final transient OrganisationUser organisationUser;

    public OrganisationJwtAuthentication(
            Jwt jwt, Collection<? extends GrantedAuthority> authorities, OrganisationUser organisationUser) {
        super(jwt, authorities, organisationUser == null ? jwt.getSubject() : organisationUser.username());
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
