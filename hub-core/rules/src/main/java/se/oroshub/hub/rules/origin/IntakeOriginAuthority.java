package se.oroshub.hub.rules.origin;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * Decides whether a report may have come from the connector whose intake topic it was read from. The rule table,
 * checked in this order:
 * <pre>
 * the sending connector has no mandate in the access file           -> refused connectorId
 * the report names another connector than its sender               -> refused connectorId
 * the reporting organisation is not one the sender may speak for  -> refused reporter.organisation.id
 * otherwise (also: no reporting organisation, a private reporter)  -> permitted
 * </pre>
 * A refused report is dead-lettered and audited as {@code SENDER_NOT_PERMITTED}: a connector speaking for an
 * organisation it does not serve could otherwise file reports, and read their feedback, in that organisation's name.
 */
public final class IntakeOriginAuthority {

    private final ConnectorMandates mandates;

    /** @param mandates the organisations each connector may speak for */
    public IntakeOriginAuthority(ConnectorMandates mandates) {
        this.mandates = Objects.requireNonNull(mandates, "mandates");
    }

    /**
     * Judges one report.
     *
     * @param sender the connector id of the intake topic the report was read from
     * @param report the report, already validated against the contract
     * @return the refusal, or empty if the sender may send this report
     */
    public Optional<Refusal> check(String sender, ConcernReport report) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(report, "report");
        Optional<Set<OrganisationId>> mandate = mandates.organisationsOf(sender);
        if (mandate.isEmpty()) {
            return Optional.of(new Refusal(
                    "connectorId", "connector " + sender + " has no mandate in the access file and may send nothing"));
        }
        if (!sender.equals(report.getConnectorId())) {
            return Optional.of(new Refusal(
                    "connectorId",
                    "the report names connector " + report.getConnectorId() + " but was sent on the intake topic of "
                            + sender));
        }
        OrganisationId organisation = report.getReporter().getOrganisation() == null
                ? null
                : report.getReporter().getOrganisation().getId();
        if (organisation != null && !mandate.get().contains(organisation)) {
            return Optional.of(new Refusal(
                    "reporter.organisation.id",
                    "connector " + sender + " may not speak for organisation " + organisation.getScheme() + ":"
                            + organisation.getValue()));
        }
        return Optional.empty();
    }

    /**
     * Why a report may not come from its sender.
     *
     * @param field the field that claims too much
     * @param detail why, in words; ids and codes only
     */
    public record Refusal(String field, String detail) {}
}
