package se.oroshub.connector.police.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;
import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.validation.ConcernReportValidator;

/**
 * An in-memory stand-in for the intake in unit tests of the connector's own logic (files, HTTP mapping): validates
 * with the contract's real validator and records what it accepted. Integration tests use the real broker instead.
 */
public final class RecordingPublisher implements IntakePublisher {

    private final ConcernReportValidator validator = new ConcernReportValidator(MunicipalityCodes.official());
    private final List<ConcernReport> accepted = new ArrayList<>();
    private final Map<String, Receipt> receipts = new HashMap<>();
    private boolean available = true;

    @Override
    public synchronized Receipt submit(ConcernReport report) {
        List<FieldError> errors = validator.validate(report).stream()
                .map(v -> new FieldError(v.field(), ErrorCode.of(v.reason()), v.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException(errors);
        }
        if (!available) {
            throw new IntakeUnavailableException("no acknowledgement", Duration.ofSeconds(7), null);
        }
        accepted.add(report);
        Receipt receipt = Receipt.newBuilder()
                .setReportId(report.getReportId())
                .setConnectorId(report.getConnectorId())
                .setReportingOrganisation(report.getReporter().getOrganisation().getId())
                .setAcceptedAt(report.getSubmittedAt())
                .setContentDigest(ContentDigest.sha256Hex(report))
                .build();
        receipts.putIfAbsent(report.getReportId(), receipt);
        return receipt;
    }

    /** The receipts issued, as a connector's inbox would know them. */
    public ReceiptLookup receipts() {
        return (organisation, reportId) -> {
            synchronized (this) {
                return Optional.ofNullable(receipts.get(reportId))
                        .filter(r -> organisation.equals(r.getReportingOrganisation()));
            }
        };
    }

    public synchronized void setAvailable(boolean available) {
        this.available = available;
    }

    public synchronized List<ConcernReport> accepted() {
        return List.copyOf(accepted);
    }

    public synchronized List<String> acceptedReportIds() {
        return accepted.stream().map(ConcernReport::getReportId).toList();
    }
}
