package se.oroshub.casemanagement;

import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The simulator's register of received reports, in memory, keyed by report id. */
@Component
public class ReceivedReports {

    /** Result of {@link #register}: the stored report and whether it was already there. */
    public record Registration(ReceivedReport report, boolean duplicate) {
    }

    private final Map<String, ReceivedReport> byReportId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final SimulatorProperties properties;
    private final Clock clock;

    @Autowired
    public ReceivedReports(SimulatorProperties properties) {
        this(properties, Clock.systemUTC());
    }

    ReceivedReports(SimulatorProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Registers the report once; a second delivery of the same report id returns the first registration. */
    public Registration register(String reportId, JsonNode body) {
        boolean[] created = {false};
        ReceivedReport report = byReportId.computeIfAbsent(reportId, id -> {
            created[0] = true;
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
                .sorted(Comparator.comparing(ReceivedReport::acute).reversed()
                        .thenComparing(ReceivedReport::receivedAt))
                .toList();
    }

    private String nextReference() {
        return "%s-%d-%06d".formatted(properties.referencePrefix(), Year.now(clock).getValue(), sequence.incrementAndGet());
    }
}
