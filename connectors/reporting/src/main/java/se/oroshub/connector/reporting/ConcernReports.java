package se.oroshub.connector.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import se.oroshub.schemas.avro.ConcernReport;

/**
 * Helpers for the identity of a submission: the report id (a random UUID, the hub's idempotence key),
 * {@code submittedAt} (millisecond precision, as the contract's {@code timestamp-millis} keeps it, so the digest of the
 * report in memory equals the digest of the report on the topic). The receipt of a report is the contracts' one
 * {@link se.oroshub.schemas.receipt.Receipts}, the same the hub publishes.
 */
public final class ConcernReports {

    private ConcernReports() {}

    /** A fresh report id. */
    public static String newReportId() {
        return UUID.randomUUID().toString();
    }

    /** The current instant truncated to milliseconds. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Sets the connector id and {@code submittedAt} (now) and, unless the builder already has one, a fresh report id.
     *
     * @return the same builder
     */
    public static ConcernReport.Builder stamp(ConcernReport.Builder builder, String connectorId, Clock clock) {
        if (!builder.hasReportId()) {
            builder.setReportId(newReportId());
        }
        return builder.setConnectorId(connectorId).setSubmittedAt(now(clock));
    }
}
