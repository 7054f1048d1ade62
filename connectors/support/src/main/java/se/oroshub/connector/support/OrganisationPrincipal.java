package se.oroshub.connector.support;

import java.util.Optional;

/**
 * An authentication (or its principal) that knows the {@link OrganisationUser} behind it: what
 * {@link CurrentOrganisation} reads. Empty when the identity provider asserted an organisation this deployment does
 * not serve, or none.
 */
public interface OrganisationPrincipal {

    /** The person or system and the organisation it acts for, if this deployment serves that organisation. */
    Optional<OrganisationUser> organisationUser();
}
