package se.oroshub.hub.rules.clearing;

import se.oroshub.schemas.avro.RejectionReason;

/**
 * Why a person's clearing decision is refused, each with the dead-letter reason and the field it names. A refused
 * decision routes nothing; it goes to the dead-letter topic and is audited.
 */
public enum ClearingRefusal {

    /** Nobody is named as having decided; the audit trail must name the person who routed the report. */
    NOBODY_NAMED(RejectionReason.MISSING_FIELD, "decidedBy"),

    /** The decided municipality is not a code of the official municipality directory. */
    UNKNOWN_MUNICIPALITY(RejectionReason.UNKNOWN_MUNICIPALITY, "municipalityCode"),

    /** The hub has accepted no report with this id. */
    UNKNOWN_REPORT(RejectionReason.UNKNOWN_REPORT, "reportId"),

    /** The report does not wait in clearing: the router or an earlier decision routed it already. */
    NOT_IN_CLEARING(RejectionReason.NOT_IN_CLEARING, "reportId");

    private final RejectionReason rejectionReason;
    private final String field;

    ClearingRefusal(RejectionReason rejectionReason, String field) {
        this.rejectionReason = rejectionReason;
        this.field = field;
    }

    /** The stable reason of the dead letter. */
    public RejectionReason rejectionReason() {
        return rejectionReason;
    }

    /** The field of the decision the refusal names. */
    public String field() {
        return field;
    }
}
