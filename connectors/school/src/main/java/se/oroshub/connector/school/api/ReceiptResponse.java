package se.oroshub.connector.school.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import se.oroshub.schemas.avro.Receipt;

/**
 * Proof of what was accepted: the report id, when it was accepted, and the SHA-256 digest of exactly the report the
 * intake received (the contract's canonical Avro bytes), so the school and social services can each prove what was
 * sent.
 */
@Schema(description = "The receipt of an accepted report")
public record ReceiptResponse(
        String reportId,
        @Schema(example = "SCHOOL_UNIT_CODE") String organisationScheme,
        @Schema(example = "29837461") String organisationId,
        Instant acceptedAt,
        @Schema(example = "SHA-256") String digestAlgorithm,
        String contentDigest) {

    public static ReceiptResponse of(Receipt receipt) {
        return new ReceiptResponse(
                receipt.getReportId(),
                receipt.getReportingOrganisation() == null
                        ? null
                        : receipt.getReportingOrganisation().getScheme().name(),
                receipt.getReportingOrganisation() == null
                        ? null
                        : receipt.getReportingOrganisation().getValue(),
                receipt.getAcceptedAt(),
                receipt.getDigestAlgorithm(),
                receipt.getContentDigest());
    }
}
