package se.oroshub.hub.rules.linking;

import java.time.Instant;
import java.util.Objects;

/**
 * One earlier report about a child at one municipality, as kept under the child's pseudonym.
 *
 * @param reportId the report
 * @param acceptedAt when the hub accepted it
 */
public record LinkEntry(String reportId, Instant acceptedAt) {

    /** Requires both fields. */
    public LinkEntry {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
