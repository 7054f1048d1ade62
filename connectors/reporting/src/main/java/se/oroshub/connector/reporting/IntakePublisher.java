package se.oroshub.connector.reporting;

import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Receipt;

/**
 * The one way a connector hands a concern report to the hub.
 *
 * <p>{@link #submit} validates the report with the contract's {@code ConcernReportValidator} (the same validation the
 * hub repeats), publishes it to the intake topic keyed by its report id with an idempotent producer and
 * {@code acks=all}, and returns only after the broker has durably acknowledged it. Only then may the submitter be told
 * "accepted". The receipt it returns is the one the hub will also publish: report id, acceptedAt = the report's
 * {@code submittedAt}, and the SHA-256 digest ({@code ContentDigest}) of exactly what was published.
 *
 * <p>Build the report with {@link ConcernReports#stamp} so it carries a fresh report id, this connector's id and a
 * {@code submittedAt} of millisecond precision. To retry a submission that got an {@link IntakeUnavailableException},
 * submit the <em>same</em> report again (same id, same content): the hub deduplicates by report id.
 */
public interface IntakePublisher {

    /**
     * Validates, publishes and waits for the durable acknowledgement.
     *
     * @param report a report with report id, connector id and submittedAt set
     * @return the receipt of exactly what was accepted
     * @throws SubmissionRejectedException when the report violates the contract; nothing was published
     * @throws IntakeUnavailableException  when the broker did not acknowledge within
     *                                     {@code oroshub.connector.intake.ack-timeout}; the report was not accepted
     */
    Receipt submit(ConcernReport report);
}
