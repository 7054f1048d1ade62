package se.oroshub.hub.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.rules.deadline.DeadlinePolicy;
import se.oroshub.hub.rules.deadline.Overdue;
import se.oroshub.hub.rules.deadline.ReportClock;
import se.oroshub.hub.topology.HubOutput.ClearingOverdueOut;
import se.oroshub.hub.topology.HubOutput.DeviationOut;
import se.oroshub.schemas.avro.DeadlineDeviation;

/**
 * The wall-clock deadline check of one task: checks the clocks that are due ({@link DeadlinePolicy#check}), in
 * slices of at most {@value #MAX_DUE_PER_CHECK}, and emits each deviation once to the municipality's deviation topic,
 * and the alarm of a report waiting in clearing too long once to the clearing desk's topic, each with its audit entry.
 * The clock records the deviation as emitted in the same transaction, so a restart never emits it twice.
 *
 * <p>It runs on the thread that routes reports, so a storm of missed deadlines (a case system down for an afternoon)
 * is worked off in slices between the reports instead of stalling their routing for as long as it takes to emit them
 * all: after a check that found clocks due, another follows {@link #CATCH_UP_INTERVAL} later instead of after the
 * configured check interval, until one finds none.
 */
final class DeadlinePunctuator {

    /** How many due clocks one deadline check takes at most. */
    static final int MAX_DUE_PER_CHECK = 500;
    /** How often the checks follow each other while more clocks are due than one check takes. */
    static final Duration CATCH_UP_INTERVAL = Duration.ofSeconds(1);

    private final ProcessorContext<String, HubOutput> context;
    private final ReportState state;
    private final DeadlinePolicy deadlines;
    private boolean dueBacklog;

    /**
     * The deadline check of the task {@code context} runs.
     *
     * @param state the task's report state, whose clocks are checked and whose audit chains record the deviations
     */
    DeadlinePunctuator(ProcessorContext<String, HubOutput> context, ReportState state, DeadlinePolicy deadlines) {
        this.context = context;
        this.state = state;
        this.deadlines = deadlines;
    }

    /**
     * Schedules the checks on the task's wall clock.
     *
     * @param checkInterval how often the clocks are checked while no backlog is left
     */
    void schedule(Duration checkInterval) {
        context.schedule(
                checkInterval, PunctuationType.WALL_CLOCK_TIME, timestamp -> check(Instant.ofEpochMilli(timestamp)));
        context.schedule(CATCH_UP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, timestamp -> {
            if (dueBacklog) {
                check(Instant.ofEpochMilli(timestamp));
            }
        });
    }

    /** Checks at most {@link #MAX_DUE_PER_CHECK} due clocks; the catch-up checks take the rest. */
    private void check(Instant now) {
        List<String> due = state.clocks().takeDue(now, MAX_DUE_PER_CHECK);
        dueBacklog = !due.isEmpty();
        for (String reportId : due) {
            Optional<ReportClock> clock = state.clocks().get(reportId);
            if (clock.isEmpty()) {
                continue;
            }
            Overdue overdue = deadlines.check(clock.get(), now);
            state.clocks().put(overdue.clock());
            for (DeadlineDeviation deviation : overdue.deviations()) {
                emit(reportId, new DeviationOut(deviation), now);
                audit(AuditEntry.deadlineMissed(deviation, now), now);
            }
            overdue.clearing().ifPresent(waiting -> {
                emit(reportId, new ClearingOverdueOut(waiting), now);
                audit(AuditEntry.clearingOverdue(waiting, now), now);
            });
        }
    }

    private void audit(AuditEntry entry, Instant now) {
        context.forward(state.audit(entry, now.toEpochMilli()));
    }

    /** Forwards a fresh record: no input headers travel on, so nothing but the value reaches a destination. */
    private void emit(String key, HubOutput output, Instant now) {
        context.forward(new Record<>(key, output, now.toEpochMilli()));
    }
}
