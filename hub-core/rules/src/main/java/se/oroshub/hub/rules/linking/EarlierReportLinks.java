package se.oroshub.hub.rules.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.oroshub.schemas.avro.EarlierReports;

/**
 * Links a report to the earlier reports about the same child received by the same municipality within a window.
 * Since SoL (2025:400) reports are searchable, so the receiving social services may see them together
 * ({@link se.oroshub.schemas.law.Statute#SEARCHABLE_REPORTS}); the entries are kept per (municipality, pseudonym),
 * so another municipality's reports are never among them.
 *
 * <p>An earlier report is one accepted strictly before this one and no longer ago than the window
 * ({@code acceptedAt - window < earlier.acceptedAt < acceptedAt}, ties at the same instant broken by report id).
 * A resubmission of a report already in the entries adds nothing and does not list itself. Entries older than the
 * window (counted back from this report) are pruned.
 */
public final class EarlierReportLinks {

    /** The default window: 365 days (about 12 months). */
    public static final int DEFAULT_WINDOW_DAYS = 365;

    private static final Comparator<LinkEntry> ORDER =
            Comparator.comparing(LinkEntry::acceptedAt).thenComparing(LinkEntry::reportId);

    private final int windowDays;

    /** @param windowDays how far back earlier reports count, in days; positive */
    public EarlierReportLinks(int windowDays) {
        if (windowDays <= 0) {
            throw new IllegalArgumentException("windowDays must be positive");
        }
        this.windowDays = windowDays;
    }

    /** With the {@linkplain #DEFAULT_WINDOW_DAYS default window}. */
    public EarlierReportLinks() {
        this(DEFAULT_WINDOW_DAYS);
    }

    /** The window in days. */
    public int windowDays() {
        return windowDays;
    }

    /**
     * Links one report.
     *
     * @param prior the entries stored under the child's pseudonym at this municipality (any order; may be empty)
     * @param reportId this report
     * @param acceptedAt when this report was accepted
     */
    public LinkResult link(List<LinkEntry> prior, String reportId, Instant acceptedAt) {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        LinkEntry self = new LinkEntry(reportId, acceptedAt);
        Instant windowStart = acceptedAt.minus(Duration.ofDays(windowDays));
        List<String> earlier = new ArrayList<>();
        List<LinkEntry> kept = new ArrayList<>();
        boolean known = false;
        for (LinkEntry entry : prior.stream().sorted(ORDER).toList()) {
            if (entry.reportId().equals(reportId)) {
                known = true;
                kept.add(entry);
                continue;
            }
            if (!entry.acceptedAt().isAfter(windowStart)) {
                continue;
            }
            kept.add(entry);
            if (ORDER.compare(entry, self) < 0) {
                earlier.add(entry.reportId());
            }
        }
        if (!known) {
            kept.add(self);
        }
        kept.sort(ORDER);
        return new LinkResult(earlierReports(earlier), kept);
    }

    /** What a report that cannot be linked (no personal identity number) carries: none, with this window. */
    public EarlierReports none() {
        return earlierReports(List.of());
    }

    private EarlierReports earlierReports(List<String> ids) {
        return EarlierReports.newBuilder()
                .setCount(ids.size())
                .setReportIds(List.copyOf(ids))
                .setWindowDays(windowDays)
                .build();
    }
}
