package se.oroshub.connector.support;

import java.util.Objects;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * A signed-in person acting for an organisation.
 *
 * @param username         the login name
 * @param displayName      the person's name, as written into a report's reporter name
 * @param role             the professional role, e.g. {@code Klasslärare}
 * @param organisation     the organisation's typed id
 * @param organisationName the organisation's name
 */
public record OrganisationUser(
        String username, String displayName, String role, OrganisationId organisation, String organisationName) {

    public OrganisationUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(organisation, "organisation");
        displayName = displayName == null ? username : displayName;
        organisationName = organisationName == null ? organisation.getValue() : organisationName;
    }
}
