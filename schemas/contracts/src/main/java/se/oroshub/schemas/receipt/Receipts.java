package se.oroshub.schemas.receipt;

import java.util.Objects;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.digest.ContentDigest;

/**
 * Builds the receipt for an accepted report: report id, connector, the reporting organisation (mandatory reporters
 * only), the time of acceptance and the SHA-256 digest of exactly the bytes accepted. Every input comes from the
 * report itself (acceptance time is the connector's {@code submittedAt}), so a resubmission of the same report
 * yields the identical receipt, and either side can later recompute the digest to prove what was received.
 */
public final class Receipts {

    /** The digest algorithm named on every receipt. */
    public static final String DIGEST_ALGORITHM = ContentDigest.ALGORITHM;

    private Receipts() {}

    /** The receipt for {@code report}, from its own connector id. */
    public static Receipt of(ConcernReport report) {
        return of(report, report.getConnectorId());
    }

    /**
     * The receipt for {@code report} as accepted through {@code connectorId}.
     *
     * @param report the report exactly as accepted
     * @param connectorId the connector the record came through
     */
    public static Receipt of(ConcernReport report, String connectorId) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(connectorId, "connectorId");
        return Receipt.newBuilder()
                .setReportId(report.getReportId())
                .setConnectorId(connectorId)
                .setReportingOrganisation(reportingOrganisation(report))
                .setAcceptedAt(report.getSubmittedAt())
                .setDigestAlgorithm(DIGEST_ALGORITHM)
                .setContentDigest(ContentDigest.sha256Hex(report))
                .build();
    }

    private static OrganisationId reportingOrganisation(ConcernReport report) {
        if (report.getReporter() == null
                || report.getReporter().getKind() != ReporterKind.MANDATORY_PROFESSIONAL
                || report.getReporter().getOrganisation() == null) {
            return null;
        }
        OrganisationId id = report.getReporter().getOrganisation().getId();
        return id == null ? null : new OrganisationId(id.getScheme(), id.getValue());
    }
}
