package se.oroshub.hub.topology;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import se.oroshub.hub.rules.deadline.DeadlineConfig;
import se.oroshub.hub.rules.linking.ChildPseudonym;
import se.oroshub.hub.rules.origin.ConnectorMandates;
import se.oroshub.hub.rules.triage.TriageConfig;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * Everything the topology needs besides its serdes: the rules' configurations and the adapter's own settings.
 *
 * @param municipalities          the directory of official municipality codes (validation, routing, status authority)
 * @param triage                  age limit, office hours and after-hours directory
 * @param deadlines               the configured deadlines
 * @param pseudonyms              the keyed child pseudonym (holds the master secret)
 * @param linkingWindowDays       how far back earlier reports of the same child are linked, in days
 * @param deadlineCheckInterval   how often (wall-clock) the deadline clocks are checked
 * @param internalTopicPartitions partitions of the hub's repartition topics (linking by child, audit by chain)
 * @param mandates                the reporting organisations each connector may speak for (from the access file);
 *                                the hub reads the intake topic of each of these connectors
 * @param statusMunicipalities    the municipalities whose social services send status events: the hub reads the
 *                                status-event topic of each
 */
public record HubTopologyConfig(
        MunicipalityCodes municipalities,
        TriageConfig triage,
        DeadlineConfig deadlines,
        ChildPseudonym pseudonyms,
        int linkingWindowDays,
        Duration deadlineCheckInterval,
        int internalTopicPartitions,
        ConnectorMandates mandates,
        Set<String> statusMunicipalities) {

    /** Requires every field; positive window, interval and partition count. */
    public HubTopologyConfig {
        Objects.requireNonNull(municipalities, "municipalities");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(pseudonyms, "pseudonyms");
        Objects.requireNonNull(deadlineCheckInterval, "deadlineCheckInterval");
        Objects.requireNonNull(mandates, "mandates");
        statusMunicipalities = new TreeSet<>(statusMunicipalities);
        if (mandates.connectors().isEmpty()) {
            throw new IllegalArgumentException("no connector may send reports: oroshub.hub.connectors is empty");
        }
        if (statusMunicipalities.isEmpty()) {
            throw new IllegalArgumentException(
                    "no municipality sends status events: oroshub.hub.status-municipalities is empty");
        }
        if (linkingWindowDays <= 0) {
            throw new IllegalArgumentException("linkingWindowDays must be positive");
        }
        if (deadlineCheckInterval.isNegative() || deadlineCheckInterval.isZero()) {
            throw new IllegalArgumentException("deadlineCheckInterval must be positive");
        }
        if (internalTopicPartitions < 1) {
            throw new IllegalArgumentException("internalTopicPartitions must be at least 1");
        }
    }

    /** The intake topics the hub reads: one per connector with a mandate. */
    public List<TopicSpec<String, ConcernReport>> intakeTopics() {
        return mandates.connectors().stream()
                .sorted()
                .map(Topics.CONNECTOR_INTAKE::of)
                .toList();
    }

    /** The status-event topics the hub reads: one per municipality that sends status events. */
    public List<TopicSpec<String, CaseStatusEvent>> statusTopics() {
        return statusMunicipalities.stream()
                .map(Topics.MUNICIPALITY_STATUS_EVENTS::of)
                .toList();
    }
}
