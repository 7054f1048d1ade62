package se.oroshub.connector.support.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.oroshub.connector.support.AccessRole;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ConnectorSecurityProperties;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

/**
 * Reads the person or system, its roles and its organisation from the claims of an ID token or an access token,
 * under the claim names of {@code oroshub.connector.security.claims}. An organisation this deployment does not serve
 * (or a malformed one) yields no {@link OrganisationUser}: the authorization rules then refuse every request.
 */
public final class OrganisationClaims {

    private final ConnectorSecurityProperties.Claims names;
    private final Map<String, String> roleAliases;
    private final ConnectorProperties connector;

    public OrganisationClaims(ConnectorSecurityProperties security, ConnectorProperties connector) {
        this.names = security.claims();
        this.roleAliases = security.roleAliases();
        this.connector = connector;
    }

    /** The roles the claims grant, each as its {@code ROLE_} authority; unknown role values are ignored. */
    public Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String value : strings(claims.get(names.roles()))) {
            AccessRole.fromClaim(roleAliases.getOrDefault(value, value))
                    .ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        }
        return authorities;
    }

    /** The person or system, if its organisation is one this deployment serves. */
    public Optional<OrganisationUser> organisationUser(Map<String, Object> claims, String subject) {
        Optional<OrganisationId> asserted = organisation(claims.get(names.organisation()));
        if (asserted.isEmpty()) {
            return Optional.empty();
        }
        return connector.organisation(asserted.get()).map(served -> {
            String username = string(claims.get(names.username())).orElse(subject);
            return new OrganisationUser(
                    username == null ? "unknown" : username,
                    string(claims.get(names.name())).orElse(null),
                    string(claims.get(names.title())).orElse(null),
                    served.id(),
                    served.name());
        });
    }

    static Optional<OrganisationId> organisation(Object claim) {
        Optional<String> value = string(claim);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int colon = value.get().indexOf(':');
        if (colon <= 0 || colon == value.get().length() - 1) {
            return Optional.empty();
        }
        try {
            OrganisationIdScheme scheme =
                    OrganisationIdScheme.valueOf(value.get().substring(0, colon));
            return Optional.of(new OrganisationId(scheme, value.get().substring(colon + 1)));
        } catch (IllegalArgumentException unknownScheme) {
            return Optional.empty();
        }
    }

    private static Optional<String> string(Object claim) {
        return claim instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static List<String> strings(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof String s) {
            for (String part : s.split("[\\s,]+")) {
                if (!part.isBlank()) {
                    values.add(part);
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(values::add);
        }
        return values;
    }
}
