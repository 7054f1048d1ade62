package se.oroshub.hub.rules.clearing;

import java.util.List;

/**
 * What the hub knows of an accepted report that a clearing decision names.
 *
 * @param appliedIds the ids of the decisions and status events already applied to the report
 * @param routedTo the municipality the report is routed to; {@code null} while no municipality is responsible
 * @param waitingInClearing whether the report waits in clearing for a person's decision
 */
public record KnownReport(List<String> appliedIds, String routedTo, boolean waitingInClearing) {

    /** Copies the applied ids. */
    public KnownReport {
        appliedIds = appliedIds == null ? List.of() : List.copyOf(appliedIds);
    }
}
