package se.oroshub.connector.support.internal;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import se.oroshub.connector.support.OrganisationUser;

/** A local user who acts for one organisation. */
public final class OrganisationUserDetails extends User {

    /** The authority of every user who may file reports and read their organisation's feedback. */
    public static final String REPORTER_AUTHORITY = "ROLE_REPORTER";

    private final OrganisationUser organisationUser;

    public OrganisationUserDetails(OrganisationUser organisationUser, String encodedPassword) {
        super(organisationUser.username(), encodedPassword, List.of(new SimpleGrantedAuthority(REPORTER_AUTHORITY)));
        this.organisationUser = organisationUser;
    }

    public OrganisationUser organisationUser() {
        return organisationUser;
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
