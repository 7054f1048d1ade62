package se.oroshub.connector.support;

import java.util.Optional;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * The organisation the signed-in user acts for. The only source of the organisation for feedback queries and for the
 * reporting organisation of a submission: never take it from a request parameter.
 *
 * <p>The default implementation reads the {@link OrganisationUser} that Spring Security authenticated (locally from
 * {@code oroshub.connector.security.users}). In production a deployment plugs in its identity provider instead (SITHS
 * cards or a SAML/OIDC federation such as Sambi or Skolfederation) and maps the asserted organisation (HSA-id,
 * school unit code) to an {@link OrganisationUser}: nothing else changes.
 */
public interface CurrentOrganisation {

    /** The signed-in user's organisation, if a user is signed in and belongs to one this deployment reports for. */
    Optional<OrganisationUser> current();

    /**
     * The signed-in user's organisation.
     *
     * @throws org.springframework.security.access.AccessDeniedException if there is none
     */
    default OrganisationUser require() {
        return current()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "no signed-in user of an organisation this connector reports for"));
    }

    /** The signed-in user's organisation id. */
    default OrganisationId requireId() {
        return require().organisation();
    }
}
