package se.oroshub.connector.socialservices.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the connector knows about delivery to each integrated municipality: every report it tried and that is not
 * acknowledged yet, since when, and which reports are under alarm. Each report keeps its own alarm clock, so reports
 * stuck on different partitions, tried in turn, never restart one another's clock. Feeds the health indicator and
 * decides that the alarm is raised once per report. Holds report ids only, never content.
 */
public final class DeliveryStatus {

    /**
     * A report that was tried and is not acknowledged yet.
     *
     * @param reportId            the report
     * @param unacknowledgedSince when the connector first tried to deliver it (the start of its alarm clock)
     * @param failedAttempts      failed rounds of attempts on it
     */
    public record Pending(String reportId, Instant unacknowledgedSince, int failedAttempts) {}

    /**
     * One municipality at one moment.
     *
     * @param pending         the reports that failed and wait for the next attempt, oldest first
     * @param lastError       what went wrong last (status or exception kind, no content)
     * @param delivered       reports acknowledged since start
     * @param lastDeliveredAt the last acknowledgement
     * @param alarms          reports under alarm: unacknowledged past the alarm time, or refused by the system
     */
    public record Snapshot(
            List<Pending> pending, String lastError, long delivered, Instant lastDeliveredAt, List<String> alarms) {}

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** Registers a municipality so it shows before its first delivery. */
    public void register(String municipalityCode) {
        state(municipalityCode);
    }

    /**
     * Records a failed round of attempts on a report.
     *
     * @param attemptedAt when this round of attempts began
     * @return when the connector first tried the report and has not had it acknowledged since (the start of its
     *         alarm clock); rounds on other reports in between do not move it
     */
    public Instant failed(String municipalityCode, String reportId, Instant attemptedAt, String error) {
        State state = state(municipalityCode);
        synchronized (state) {
            PendingReport pending = state.pending.computeIfAbsent(reportId, id -> new PendingReport(attemptedAt));
            pending.failedAttempts++;
            state.lastError = error;
            return pending.since;
        }
    }

    /** Whether the alarm for this report has not been raised yet. */
    public boolean alarmPending(String municipalityCode, String reportId) {
        State state = state(municipalityCode);
        synchronized (state) {
            return !state.alarmed.contains(reportId);
        }
    }

    /** Records that the alarm for this report was published. */
    public void alarmRaised(String municipalityCode, String reportId) {
        State state = state(municipalityCode);
        synchronized (state) {
            state.alarmed.add(reportId);
            state.activeAlarms.add(reportId);
        }
    }

    /** Records the acknowledgement of a report; its alarm, if any, is over. */
    public void delivered(String municipalityCode, String reportId, Instant now) {
        State state = state(municipalityCode);
        synchronized (state) {
            state.pending.remove(reportId);
            if (state.pending.isEmpty()) {
                state.lastError = null;
            }
            state.delivered++;
            state.lastDeliveredAt = now;
            state.activeAlarms.remove(reportId);
        }
    }

    /** Records that the system refused a report for good; the consumer moves on, the alarm stays. */
    public void refused(String municipalityCode, String reportId, String error) {
        State state = state(municipalityCode);
        synchronized (state) {
            state.pending.remove(reportId);
            state.lastError = error;
        }
    }

    /** Every registered municipality, by code. */
    public Map<String, Snapshot> snapshot() {
        Map<String, Snapshot> result = new TreeMap<>();
        states.forEach((code, state) -> {
            synchronized (state) {
                List<Pending> pending = new ArrayList<>();
                state.pending.forEach((id, p) -> pending.add(new Pending(id, p.since, p.failedAttempts)));
                result.put(
                        code,
                        new Snapshot(
                                List.copyOf(pending),
                                state.lastError,
                                state.delivered,
                                state.lastDeliveredAt,
                                new ArrayList<>(state.activeAlarms)));
            }
        });
        return result;
    }

    private State state(String municipalityCode) {
        return states.computeIfAbsent(municipalityCode, code -> new State());
    }

    private static final class PendingReport {
        private final Instant since;
        private int failedAttempts;

        PendingReport(Instant since) {
            this.since = since;
        }
    }

    private static final class State {
        private final Map<String, PendingReport> pending = new LinkedHashMap<>();
        private String lastError;
        private long delivered;
        private Instant lastDeliveredAt;
        private final Set<String> alarmed = new LinkedHashSet<>();
        private final Set<String> activeAlarms = new LinkedHashSet<>();
    }
}
