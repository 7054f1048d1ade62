package se.oroshub.hub.rules.clearing;

import java.util.Objects;

/** What becomes of a person's decision on a report in clearing: accepted, ignored or refused. */
public sealed interface ClearingVerdict
        permits ClearingVerdict.Accepted, ClearingVerdict.Ignored, ClearingVerdict.Refused {

    /**
     * The decision is applied: the report leaves clearing for the decided municipality, routed as at intake with its
     * clocks running from its acceptance, and the audit names the person who decided.
     *
     * @param municipalityCode the municipality the report is routed to
     */
    record Accepted(String municipalityCode) implements ClearingVerdict {
        /** Requires the municipality. */
        public Accepted {
            Objects.requireNonNull(municipalityCode, "municipalityCode");
        }
    }

    /** The decision was applied already (the same decision id, redelivered): nothing happens again. */
    record Ignored() implements ClearingVerdict {}

    /**
     * The decision is refused (to the dead-letter topic, and audited).
     *
     * @param reason why, with the dead-letter reason and field
     * @param reportId the report the refusal is filed under; {@code null} when the hub has accepted no such report
     * @param detail why, in words: ids and codes only
     */
    record Refused(ClearingRefusal reason, String reportId, String detail) implements ClearingVerdict {
        /** Requires reason and detail. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
