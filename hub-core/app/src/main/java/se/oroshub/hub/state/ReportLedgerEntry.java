package se.oroshub.hub.state;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterKind;

/**
 * What the hub remembers of one accepted report, keyed by report id: the digest of what it accepted (so a resubmission
 * is recognised, and a different report under the same id refused), where the report went, who reported it (kind and
 * organisation, for the feedback policy) and the status events already applied (so a redelivered event is applied
 * once). Ids, codes and times only: never report content, never an identity number.
 *
 * @param reportId           the report
 * @param contentDigest      hex SHA-256 of the canonical bytes accepted
 * @param reporterKind       the reporter's kind
 * @param organisationScheme the reporting organisation's id scheme, {@code null} when there is none
 * @param organisationValue  the reporting organisation's id, {@code null} when there is none
 * @param municipalityCode   the municipality responsible now; {@code null} while the report waits in clearing
 * @param appliedEventIds    ids of the status events already applied, in order
 */
public record ReportLedgerEntry(
        String reportId,
        String contentDigest,
        ReporterKind reporterKind,
        String organisationScheme,
        String organisationValue,
        String municipalityCode,
        List<String> appliedEventIds) {

    /** Requires the identifying fields; copies the event ids. */
    public ReportLedgerEntry {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(reporterKind, "reporterKind");
        appliedEventIds = appliedEventIds == null ? List.of() : List.copyOf(appliedEventIds);
    }

    /**
     * The entry of a report just accepted.
     *
     * @param receipt          the receipt issued (report id, organisation, digest)
     * @param kind             the reporter's kind
     * @param municipalityCode the responsible municipality, {@code null} when the report went to clearing
     */
    public static ReportLedgerEntry accepted(Receipt receipt, ReporterKind kind, String municipalityCode) {
        OrganisationId organisation = receipt.getReportingOrganisation();
        return new ReportLedgerEntry(
                receipt.getReportId(),
                receipt.getContentDigest(),
                kind,
                organisation == null ? null : organisation.getScheme().name(),
                organisation == null ? null : organisation.getValue(),
                municipalityCode,
                List.of());
    }

    /** The reporting organisation's id, or {@code null}. */
    public OrganisationId organisation() {
        return organisationScheme == null
                ? null
                : new OrganisationId(OrganisationIdScheme.valueOf(organisationScheme), organisationValue);
    }

    /** Whether a status event with this id was already applied. */
    public boolean applied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    /** This entry after applying one status event, with the municipality responsible afterwards. */
    public ReportLedgerEntry withEventApplied(String eventId, String responsibleMunicipality) {
        Set<String> ids = new LinkedHashSet<>(appliedEventIds);
        ids.add(eventId);
        return new ReportLedgerEntry(
                reportId,
                contentDigest,
                reporterKind,
                organisationScheme,
                organisationValue,
                responsibleMunicipality,
                List.copyOf(ids));
    }
}
