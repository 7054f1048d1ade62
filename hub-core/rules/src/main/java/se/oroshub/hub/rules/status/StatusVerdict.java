package se.oroshub.hub.rules.status;

import java.util.Objects;
import se.oroshub.schemas.avro.RejectionReason;

/** Whether a status event is accepted for its report, and if so who is responsible for the report afterwards. */
public sealed interface StatusVerdict permits StatusVerdict.Accepted, StatusVerdict.Rejected {

    /**
     * The event is accepted.
     *
     * @param kind the kind of event
     * @param responsibleMunicipality the municipality responsible for the report after the event: the same as before,
     *     or the receiving municipality of a transfer (store it: later events must come from there)
     * @param transferred whether the event moved the report to another municipality
     */
    record Accepted(StatusEventKind kind, String responsibleMunicipality, boolean transferred)
            implements StatusVerdict {
        /** Requires kind and municipality. */
        public Accepted {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(responsibleMunicipality, "responsibleMunicipality");
        }
    }

    /**
     * The event is rejected (to the dead-letter topic, and audited).
     *
     * @param reason {@code UNKNOWN_REPORT}, {@code WRONG_MUNICIPALITY} or {@code INVALID_STATUS_EVENT}
     * @param field the offending field path, or {@code null}
     * @param detail why, in words: ids and codes only
     */
    record Rejected(RejectionReason reason, String field, String detail) implements StatusVerdict {
        /** Requires reason and detail. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
