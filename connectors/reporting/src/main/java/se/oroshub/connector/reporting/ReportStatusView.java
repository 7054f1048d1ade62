package se.oroshub.connector.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;

/**
 * What a reporting organisation may see about one of its reports: the receipt (report id, time of acceptance, digest)
 * and, when social services gave it and did not withhold it, the decision (opened / not opened / already ongoing)
 * with its date. Nothing else exists to be shown (old SoL 14 kap. 1 b §; OSL 26 kap. 9 a §).
 *
 * @param receipt  the receipt of what was accepted
 * @param decision the permitted notification, if any
 */
public record ReportStatusView(Receipt receipt, Optional<ReporterNotification> decision) {

    public ReportStatusView {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(decision, "decision");
    }

    public String reportId() {
        return receipt.getReportId();
    }

    public OrganisationId organisation() {
        return receipt.getReportingOrganisation();
    }

    public Instant acceptedAt() {
        return receipt.getAcceptedAt();
    }

    /** Hex SHA-256 of the accepted report. */
    public String contentDigest() {
        return receipt.getContentDigest();
    }

    public Optional<InvestigationDecision> decisionValue() {
        return decision.map(ReporterNotification::getDecision);
    }

    public Optional<LocalDate> decisionDate() {
        return decision.map(ReporterNotification::getDecisionDate);
    }
}
