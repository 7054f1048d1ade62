package se.oroshub.connector.support.testing;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import se.oroshub.connector.support.OrganisationPrincipal;
import se.oroshub.connector.support.OrganisationUser;

/** A test user who acts for one organisation, or for none this connector serves. */
public final class TestUser extends User implements OrganisationPrincipal {

    private final transient OrganisationUser organisationUser;

    TestUser(
            String username,
            String encodedPassword,
            Collection<? extends GrantedAuthority> authorities,
            OrganisationUser organisationUser) {
        super(username, encodedPassword, authorities);
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
