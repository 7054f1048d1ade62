package se.oroshub.connector.support;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in of a connector through an OpenID Connect identity provider, under {@code oroshub.connector.security}.
 *
 * <pre>
 * oroshub:
 *   connector:
 *     security:
 *       issuer-uri: https://idp.example.se       # required: the issuer of every accepted token
 *       audiences: [connector-school]           # an API token must be for one of these; default connector-&lt;id&gt;
 *       api-paths: [/api/**]                    # bearer tokens, stateless; everything else: OIDC sign-in
 *       login-page: /login                      # the connector's own sign-in page; empty = Spring Security's
 *       page-roles: [reporter]                  # who may use the pages
 *       api-roles: [reporter]                   # who may call the APIs
 *       operator-roles: [operator, administrator]
 *       claims:                                 # the claim names of the identity provider
 *         username: preferred_username
 *         name: name
 *         title: oroshub_title
 *         roles: oroshub_role
 *         organisation: oroshub_org              # SCHEME:value, e.g. SCHOOL_UNIT_CODE:29837461
 *       role-aliases:                           # the provider's role values, mapped to ours
 *         Handläggare: case-officer
 * spring:
 *   security:
 *     oauth2:
 *       client:
 *         registration:
 *           oroshub:
 *             client-secret: ${SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_OROSHUB_CLIENT_SECRET}
 * </pre>
 *
 * <p>The sign-in client (registration {@code oroshub}: client id {@code connector-<id>}, scopes {@code openid} and
 * {@code profile}, the provider discovered from {@code issuer-uri}) is Spring Boot's
 * {@code spring.security.oauth2.client.*}; only its secret must be set, and any of it may be overridden.
 *
 * @param issuerUri     the issuer of every accepted token (ID tokens and API access tokens)
 * @param jwkSetUri     where the provider's signing keys are; empty = discovered from {@code issuer-uri}
 * @param audiences     the audiences an API access token must name one of; empty = {@code connector-<id>}
 * @param apiPaths      the machine API paths (Ant patterns), default {@code /api/**}
 * @param loginPage     the path of the connector's own sign-in page, or empty for Spring Security's
 * @param pageRoles     the roles that may use the pages
 * @param apiRoles      the roles that may call the APIs
 * @param operatorRoles the roles that may read the operational endpoints under {@code /actuator}
 * @param claims        the claim names of the identity provider
 * @param roleAliases   the identity provider's role values, mapped to {@link AccessRole} claim values
 */
@ConfigurationProperties("oroshub.connector.security")
public record ConnectorSecurityProperties(
        String issuerUri,
        String jwkSetUri,
        List<String> audiences,
        @DefaultValue("/api/**") List<String> apiPaths,
        @DefaultValue("") String loginPage,
        @DefaultValue("reporter") List<AccessRole> pageRoles,
        @DefaultValue("reporter") List<AccessRole> apiRoles,
        @DefaultValue({"operator", "administrator"}) List<AccessRole> operatorRoles,
        @DefaultValue Claims claims,
        Map<String, String> roleAliases) {

    /** The property a connector cannot start without. */
    public static final String ISSUER_URI_PROPERTY = "oroshub.connector.security.issuer-uri";

    /** The registration id of the sign-in client under {@code spring.security.oauth2.client.registration}. */
    public static final String REGISTRATION_ID = "oroshub";

    public ConnectorSecurityProperties {
        issuerUri = blankToNull(issuerUri);
        jwkSetUri = blankToNull(jwkSetUri);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        apiPaths = apiPaths == null ? List.of("/api/**") : List.copyOf(apiPaths);
        loginPage = loginPage == null ? "" : loginPage;
        pageRoles = pageRoles == null ? List.of(AccessRole.REPORTER) : List.copyOf(pageRoles);
        apiRoles = apiRoles == null ? List.of(AccessRole.REPORTER) : List.copyOf(apiRoles);
        operatorRoles = operatorRoles == null
                ? List.of(AccessRole.OPERATOR, AccessRole.ADMINISTRATOR)
                : List.copyOf(operatorRoles);
        claims = claims == null ? new Claims(null, null, null, null, null) : claims;
        roleAliases = roleAliases == null ? Map.of() : Map.copyOf(roleAliases);
    }

    /** The audiences an API token must name one of: the configured ones, or {@code connector-<connectorId>}. */
    public List<String> audiencesOr(String connectorId) {
        return audiences.isEmpty() ? List.of("connector-" + connectorId) : audiences;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The claim names of the identity provider.
     *
     * @param username     the login name; default {@code preferred_username} (the subject when absent)
     * @param name         the person's or system's name; default {@code name}
     * @param title        the professional title (written into a report as the reporter's role); default
     *                     {@code oroshub_title}
     * @param roles        the access roles (a list or one string); default {@code oroshub_role}
     * @param organisation the organisation, {@code SCHEME:value}; default {@code oroshub_org}
     */
    public record Claims(
            @DefaultValue("preferred_username") String username,
            @DefaultValue("name") String name,
            @DefaultValue("oroshub_title") String title,
            @DefaultValue("oroshub_role") String roles,
            @DefaultValue("oroshub_org") String organisation) {

        public Claims {
            username = username == null ? "preferred_username" : username;
            name = name == null ? "name" : name;
            title = title == null ? "oroshub_title" : title;
            roles = roles == null ? "oroshub_role" : roles;
            organisation = organisation == null ? "oroshub_org" : organisation;
        }
    }
}
