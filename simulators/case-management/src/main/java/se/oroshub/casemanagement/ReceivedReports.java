package se.oroshub.casemanagement;

import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/** The simulator's register of received reports, in memory, keyed by report id. */
public final class ReceivedReports {

    /** Result of {@link #register}: the stored report and whether it was already there. */
    public record Registration(ReceivedReport report, boolean duplicate) {}

    private final Map<String, ReceivedReport> byReportId = new ConcurrentHashMap<>();
    private final List<String> registrationOrder = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String referencePrefix;
    private final Clock clock;

    /**
     * @param referencePrefix the prefix of the case references handed out, e.g. {@code VS}
     * @param clock           when reports are registered
     */
    public ReceivedReports(String referencePrefix, Clock clock) {
        this.referencePrefix = referencePrefix;
        this.clock = clock;
    }

    /** Registers the report once; a second delivery of the same report id returns the first registration. */
    public Registration register(String reportId, JsonNode body) {
        boolean[] created = {false};
        ReceivedReport report = byReportId.computeIfAbsent(reportId, id -> {
            created[0] = true;
            registrationOrder.add(id);
            return new ReceivedReport(id, nextReference(), clock.instant(), body);
        });
        return new Registration(report, !created[0]);
    }

    public Optional<ReceivedReport> find(String reportId) {
        return Optional.ofNullable(byReportId.get(reportId));
    }

    /** Every report, acute first, then the oldest first. */
    public List<ReceivedReport> all() {
        return byReportId.values().stream()
                .sorted(Comparator.comparing(ReceivedReport::acute)
                        .reversed()
                        .thenComparing(ReceivedReport::receivedAt))
                .toList();
    }

    /** Report ids in the order they were registered. */
    public List<String> registrationOrder() {
        return List.copyOf(registrationOrder);
    }

    private String nextReference() {
        return "%s-%d-%06d".formatted(referencePrefix, Year.now(clock).getValue(), sequence.incrementAndGet());
    }
}
