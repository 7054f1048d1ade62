package se.oroshub.hub.rules.linking;

import java.util.List;
import java.util.Objects;
import se.oroshub.schemas.avro.EarlierReports;

/**
 * The outcome of linking one report.
 *
 * @param earlierReports what the routed report carries: count and ids of the earlier reports within the window
 * @param entries the entries to store back under the pseudonym: pruned to the window, including this report,
 *     ordered by acceptance time then id
 */
public record LinkResult(EarlierReports earlierReports, List<LinkEntry> entries) {

    /** Requires both; copies the list. */
    public LinkResult {
        Objects.requireNonNull(earlierReports, "earlierReports");
        entries = List.copyOf(entries);
    }
}
