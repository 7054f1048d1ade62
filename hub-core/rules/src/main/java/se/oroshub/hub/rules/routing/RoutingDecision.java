package se.oroshub.hub.rules.routing;

import java.util.Objects;
import se.oroshub.schemas.avro.ClearingReason;
import se.oroshub.schemas.avro.RoutingBasis;

/** Where a report goes: to one municipality's social services, or to the clearing topic for a person to route. */
public sealed interface RoutingDecision permits RoutingDecision.Routed, RoutingDecision.ToClearing {

    /**
     * The report goes to the social services of {@code municipalityCode}.
     *
     * @param municipalityCode official four-digit code of the responsible municipality
     * @param basis which field of the report decided it
     */
    record Routed(String municipalityCode, RoutingBasis basis) implements RoutingDecision {
        /** Requires both fields. */
        public Routed {
            Objects.requireNonNull(municipalityCode, "municipalityCode");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * No responsible municipality could be decided; the report waits for a person on the clearing topic.
     *
     * @param reason the stable reason
     * @param detail why, in words; names fields and municipality codes only, never content or identity numbers
     */
    record ToClearing(ClearingReason reason, String detail) implements RoutingDecision {
        /** Requires both fields. */
        public ToClearing {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
