package se.oroshub.connector.socialservices.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the connector knows about delivery to each integrated municipality: the report it is stuck on, since when,
 * which reports are under alarm. Feeds the health indicator and decides that the alarm is raised once per report.
 * Holds report ids only, never content.
 */
public final class DeliveryStatus {

    /**
     * One municipality at one moment.
     *
     * @param pendingReportId the report that failed and waits for the next attempt, if any
     * @param failingSince    the first failed attempt on that report
     * @param failedAttempts  failed rounds of attempts on that report
     * @param lastError       what went wrong last (status or exception kind, no content)
     * @param delivered       reports acknowledged since start
     * @param lastDeliveredAt the last acknowledgement
     * @param alarms          reports under alarm: unacknowledged past the alarm time, or refused by the system
     */
    public record Snapshot(String pendingReportId, Instant failingSince, int failedAttempts, String lastError,
                           long delivered, Instant lastDeliveredAt, List<String> alarms) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** Registers a municipality so it shows before its first delivery. */
    public void register(String municipalityCode) {
        state(municipalityCode);
    }

    /**
     * Records a failed round of attempts on a report.
     *
     * @return the first failed attempt on this report (the start of its alarm clock)
     */
    public Instant failed(String municipalityCode, String reportId, Instant now, String error) {
        State state = state(municipalityCode);
        synchronized (state) {
            if (!reportId.equals(state.pendingReportId)) {
                state.pendingReportId = reportId;
                state.failingSince = now;
                state.failedAttempts = 0;
            }
            state.failedAttempts++;
            state.lastError = error;
            return state.failingSince;
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
            if (reportId.equals(state.pendingReportId)) {
                state.pendingReportId = null;
                state.failingSince = null;
                state.failedAttempts = 0;
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
            if (reportId.equals(state.pendingReportId)) {
                state.pendingReportId = null;
                state.failingSince = null;
                state.failedAttempts = 0;
            }
            state.lastError = error;
        }
    }

    /** Every registered municipality, by code. */
    public Map<String, Snapshot> snapshot() {
        Map<String, Snapshot> result = new TreeMap<>();
        states.forEach((code, state) -> {
            synchronized (state) {
                result.put(code, new Snapshot(state.pendingReportId, state.failingSince, state.failedAttempts,
                        state.lastError, state.delivered, state.lastDeliveredAt, new ArrayList<>(state.activeAlarms)));
            }
        });
        return result;
    }

    private State state(String municipalityCode) {
        return states.computeIfAbsent(municipalityCode, code -> new State());
    }

    private static final class State {
        private String pendingReportId;
        private Instant failingSince;
        private int failedAttempts;
        private String lastError;
        private long delivered;
        private Instant lastDeliveredAt;
        private final Set<String> alarmed = new LinkedHashSet<>();
        private final Set<String> activeAlarms = new LinkedHashSet<>();
    }
}
