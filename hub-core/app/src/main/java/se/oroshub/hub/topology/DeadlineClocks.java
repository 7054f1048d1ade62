package se.oroshub.hub.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import se.oroshub.hub.rules.deadline.ReportClock;

/**
 * The deadline clocks of one task's reports, with an index by next check time so the wall-clock punctuator reads only
 * the clocks that are due instead of every open report. The index may hold stale entries (a clock whose next check
 * moved later); they are harmless, because the check of a clock that is not due yet emits nothing, and are dropped
 * when read.
 */
final class DeadlineClocks {

    private final KeyValueStore<String, ReportClock> clocks;
    private final KeyValueStore<String, String> dueIndex;

    DeadlineClocks(KeyValueStore<String, ReportClock> clocks, KeyValueStore<String, String> dueIndex) {
        this.clocks = clocks;
        this.dueIndex = dueIndex;
    }

    Optional<ReportClock> get(String reportId) {
        return Optional.ofNullable(clocks.get(reportId));
    }

    /**
     * Stores the clock (or deletes it once nothing more can happen on it) and indexes its next check. The index key is
     * derived from the check time and report id, so indexing an unchanged clock again rewrites the same entry.
     */
    void put(ReportClock clock) {
        if (clock.finished()) {
            clocks.delete(clock.reportId());
            return;
        }
        clocks.put(clock.reportId(), clock);
        clock.nextCheckAt().ifPresent(at -> dueIndex.put(indexKey(at, clock.reportId()), clock.reportId()));
    }

    /**
     * Removes and returns the ids of reports whose next check is at or before {@code now}, earliest first, at most
     * {@code limit} index entries of them; the rest stay due for the next call.
     */
    List<String> takeDue(Instant now, int limit) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> entries = dueIndex.all()) {
            while (entries.hasNext() && due.size() < limit) {
                KeyValue<String, String> entry = entries.next();
                if (millisOf(entry.key) > now.toEpochMilli()) {
                    break;
                }
                due.add(entry);
            }
        }
        List<String> reportIds = new ArrayList<>(due.size());
        for (KeyValue<String, String> entry : due) {
            dueIndex.delete(entry.key);
            if (!reportIds.contains(entry.value)) {
                reportIds.add(entry.value);
            }
        }
        return reportIds;
    }

    /** Zero-padded epoch millis first, so the store's byte order is time order. */
    static String indexKey(Instant at, String reportId) {
        return String.format("%019d/%s", Math.max(0, at.toEpochMilli()), reportId);
    }

    private static long millisOf(String indexKey) {
        return Long.parseLong(indexKey.substring(0, 19));
    }
}
