package se.oroshub.connector.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in person or a calling system may do, as the identity provider asserts it (claim
 * {@code oroshub.connector.security.claims.roles}); each role becomes the Spring Security authority
 * {@code ROLE_<NAME>}.
 */
public enum AccessRole {
    /** Files concern reports for their organisation and reads that organisation's receipts and permitted feedback. */
    REPORTER("reporter"),
    /** Works the social-services inbox of their municipality. */
    CASE_OFFICER("case-officer"),
    /** Routes reports that waited in clearing. */
    CLEARING_OFFICER("clearing-officer"),
    /** Reads the audit trail. */
    AUDITOR("auditor"),
    /** Administers the deployment; may read the operational endpoints. */
    ADMINISTRATOR("administrator"),
    /** Runs the deployment; may read the operational endpoints (health details, metrics, circuit breakers). */
    OPERATOR("operator"),
    /** A municipality's case-management system: posts status events for that municipality. */
    CASE_SYSTEM("case-system"),
    /** A police case system: submits reports for its police unit and reads their receipts and feedback. */
    POLICE_SYSTEM("police-system"),
    /** A health-record system: submits reports for its care unit and reads their receipts and feedback. */
    HEALTH_RECORD_SYSTEM("health-record-system");

    private final String claimValue;

    AccessRole(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The role's name in a token, e.g. {@code case-officer}. */
    public String claimValue() {
        return claimValue;
    }

    /** The Spring Security authority, e.g. {@code ROLE_CASE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role named {@code value} in a token ({@code case-officer}, {@code CASE_OFFICER}), if it is one. */
    public static Optional<AccessRole> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(role -> role.claimValue.equals(normalised))
                .findFirst();
    }
}
