package se.oroshub.hub.rules.feedback;

import se.oroshub.hub.rules.Codes;
import se.oroshub.schemas.law.Statute;

/**
 * Why nothing reaches the reporter for a status event. The codes are stable and appear in audit records.
 */
public enum SuppressionReason {

    /** Private and anonymous reporters receive only the receipt of their own submission. */
    REPORTER_NOT_MANDATORY(Statute.REPORTER_FEEDBACK),

    /** A mandatory reporter without a reporting organisation has no lawful recipient of the feedback. */
    NO_REPORTING_ORGANISATION(Statute.REPORTER_FEEDBACK),

    /** Only the decision on investigation may be told; every other event stays with social services. */
    NOT_A_DECISION(Statute.SOCIAL_SERVICES_SECRECY),

    /** Social services chose not to give the (permissive) feedback in this case. */
    DECISION_WITHHELD(Statute.REPORTER_FEEDBACK);

    private final Statute basis;

    SuppressionReason(Statute basis) {
        this.basis = basis;
    }

    /** The provision the suppression rests on. */
    public Statute basis() {
        return basis;
    }

    /** Stable snake_case code, e.g. {@code reporter_not_mandatory}. */
    public String code() {
        return Codes.of(this);
    }
}
