package se.oroshub.hub.rules.routing;

import java.util.Objects;
import se.oroshub.schemas.avro.Child;
import se.oroshub.schemas.avro.ClearingReason;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.reference.MunicipalityCodes;

/**
 * Decides the responsible social services for a report.
 *
 * <p>The rule: the municipality where the child is registered (folkbokförd); where that is not known, the
 * municipality where the child is; where neither is known, the clearing topic, with the reason. A code that is not
 * in the official directory counts as not known (the hub's validation normally rejects such a report before it gets
 * here; the router does not trust that).
 */
public final class Router {

    private final MunicipalityCodes municipalities;

    /** @param municipalities the directory of official municipality codes */
    public Router(MunicipalityCodes municipalities) {
        this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
    }

    /** Routes one report. Never throws for a report with a child; the decision says where it goes. */
    public RoutingDecision route(ConcernReport report) {
        Child child = report.getChild();
        String registered = child == null ? null : child.getMunicipalityOfRegistration();
        String current = child == null ? null : child.getCurrentMunicipality();
        if (known(registered)) {
            return new RoutingDecision.Routed(registered, RoutingBasis.MUNICIPALITY_OF_REGISTRATION);
        }
        if (known(current)) {
            return new RoutingDecision.Routed(current, RoutingBasis.CURRENT_MUNICIPALITY);
        }
        return new RoutingDecision.ToClearing(
                ClearingReason.NO_MUNICIPALITY_KNOWN,
                "child.municipalityOfRegistration " + describe(registered) + " and child.currentMunicipality "
                        + describe(current));
    }

    private boolean known(String code) {
        return code != null && !code.isBlank() && municipalities.isKnown(code);
    }

    private static String describe(String code) {
        if (code == null || code.isBlank()) {
            return "absent";
        }
        return code.matches("\\d{4}")
                ? "'" + code + "' not a known municipality code"
                : "not a known municipality code";
    }
}
