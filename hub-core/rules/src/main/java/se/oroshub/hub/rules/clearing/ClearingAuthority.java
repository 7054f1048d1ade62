package se.oroshub.hub.rules.clearing;

import java.util.Objects;
import java.util.Optional;
import se.oroshub.schemas.avro.ClearingDecision;
import se.oroshub.schemas.reference.MunicipalityCodes;

/**
 * Decides whether a person's clearing decision routes its report. Only a report the hub accepted and that still waits
 * in clearing can be routed by a decision, only to a municipality of the official directory, and only by a named
 * person: the report's content then reaches that municipality's social services alone
 * ({@link se.oroshub.schemas.law.Statute#SOCIAL_SERVICES_SECRECY}), and the audit trail says who sent it there.
 *
 * <p>The rule table, checked in this order:
 * <pre>
 * the decision was applied already (same decision id) -> Ignored: a redelivery routes nothing twice
 * decidedBy blank                                      -> Refused NOBODY_NAMED (MISSING_FIELD decidedBy)
 * municipality not in the official directory           -> Refused UNKNOWN_MUNICIPALITY (municipalityCode)
 * report not known to the hub                          -> Refused UNKNOWN_REPORT (reportId), filed under no report
 * report not waiting in clearing, or routed already    -> Refused NOT_IN_CLEARING (reportId), naming where it went
 * otherwise                                            -> Accepted: routed to the decided municipality
 * </pre>
 */
public final class ClearingAuthority {

    private final MunicipalityCodes municipalities;

    /** @param municipalities the directory of official municipality codes */
    public ClearingAuthority(MunicipalityCodes municipalities) {
        this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
    }

    /**
     * Judges one decision.
     *
     * @param decision the decision as received
     * @param report what the hub knows of the report the decision names; empty if the hub never accepted it
     */
    public ClearingVerdict authorise(ClearingDecision decision, Optional<KnownReport> report) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(report, "report");
        String reportId = decision.getReportId();
        if (report.isPresent() && report.get().appliedIds().contains(decision.getDecisionId())) {
            return new ClearingVerdict.Ignored();
        }
        if (blank(decision.getDecidedBy())) {
            return new ClearingVerdict.Refused(
                    ClearingRefusal.NOBODY_NAMED, reportId, "the person who decided must be named");
        }
        if (!municipalities.isKnown(decision.getMunicipalityCode())) {
            return new ClearingVerdict.Refused(
                    ClearingRefusal.UNKNOWN_MUNICIPALITY,
                    reportId,
                    "not a four-digit code of the official municipality directory");
        }
        if (report.isEmpty()) {
            return new ClearingVerdict.Refused(
                    ClearingRefusal.UNKNOWN_REPORT, null, "the hub has accepted no report " + reportId);
        }
        String routedTo = report.get().routedTo();
        if (!report.get().waitingInClearing() || routedTo != null) {
            return new ClearingVerdict.Refused(
                    ClearingRefusal.NOT_IN_CLEARING,
                    reportId,
                    "report " + reportId + " is not waiting in clearing"
                            + (routedTo == null ? "" : ": it was routed to " + routedTo));
        }
        return new ClearingVerdict.Accepted(decision.getMunicipalityCode());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
