package se.oroshub.hub.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.oroshub.hub.rules.deadline.DeadlineConfig;
import se.oroshub.hub.rules.origin.ConnectorMandates;
import se.oroshub.hub.rules.triage.AfterHoursDirectory;
import se.oroshub.hub.rules.triage.OfficeHours;
import se.oroshub.hub.rules.triage.TriageConfig;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

/**
 * The hub's configuration, {@code oroshub.hub.*}. Kafka itself is configured through Spring Boot's
 * {@code spring.kafka.*} (bootstrap servers, {@code spring.kafka.properties.schema.registry.url}, security).
 *
 * @param applicationId           Kafka Streams application id (consumer group, prefix of internal topics)
 * @param stateDir                directory of the local state stores; empty for {@code <tmpdir>/oroshub-hub}
 * @param replicationFactor       replicas of every topic the hub creates (1 locally, 3 in production)
 * @param minInsyncReplicas       {@code min.insync.replicas} of every topic the hub creates (1 locally, 2 in production)
 * @param instanceId              stable id of this instance (e.g. the pod name of a stateful set) for static group
 *                                membership: a restarted instance takes its partitions back without a rebalance,
 *                                and a stopped one leaves the group at once; empty for dynamic membership (a stopped
 *                                instance's partitions then move after the session timeout)
 * @param streamThreads           stream threads of this instance
 * @param commitInterval          how often each task commits its transaction; a report crosses two transactions
 *                                (intake, then linking) before it is visible, so this bounds the routing latency
 * @param internalTopicPartitions partitions of the hub's repartition topics
 * @param closeTimeout            how long a shutdown waits for the streams client to close
 * @param deadlineCheckInterval   how often the deadline clocks are checked
 * @param linkingWindowDays       how far back earlier reports of the same child are linked
 * @param pseudonymSecret         master secret of the child pseudonyms (at least 32 bytes of UTF-8); keep it secret and
 *                                stable: changing it unlinks every earlier report
 * @param triage                  triage settings
 * @param deadlines               deadline settings
 * @param statusMunicipalities    the municipalities whose social services send status events (the municipalities of
 *                                the access file's social-services deployments): the hub reads their status-event
 *                                topics; a municipality added here is read after the hub's restart
 * @param connectors              the connector deployments that may send reports, by connector id, each with the
 *                                reporting organisations it may speak for as {@code SCHEME:VALUE}, e.g.
 *                                {@code SCHOOL_UNIT_CODE:29837461}; the same mandates as the broker's access file
 */
@ConfigurationProperties("oroshub.hub")
public record HubProperties(
        @DefaultValue("oroshub-hub") String applicationId,
        Path stateDir,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("1") int minInsyncReplicas,
        String instanceId,
        @DefaultValue("1") int streamThreads,
        @DefaultValue("50ms") Duration commitInterval,
        @DefaultValue("6") int internalTopicPartitions,
        @DefaultValue("30s") Duration closeTimeout,
        @DefaultValue("1m") Duration deadlineCheckInterval,
        @DefaultValue("365") int linkingWindowDays,
        String pseudonymSecret,
        @DefaultValue Triage triage,
        @DefaultValue Deadlines deadlines,
        Set<String> statusMunicipalities,
        Map<String, List<String>> connectors) {

    /** The municipalities whose status-event topics the hub reads. */
    @Override
    public Set<String> statusMunicipalities() {
        return statusMunicipalities == null ? Set.of() : Set.copyOf(statusMunicipalities);
    }

    /** The reporting organisations each connector may speak for; a connector not listed may send nothing. */
    public ConnectorMandates mandates() {
        Map<String, Set<OrganisationId>> mandates = new LinkedHashMap<>();
        (connectors == null ? Map.<String, List<String>>of() : connectors).forEach((connector, organisations) -> {
            Set<OrganisationId> ids = new HashSet<>();
            for (String organisation : organisations == null ? List.<String>of() : organisations) {
                ids.add(organisationId(connector, organisation));
            }
            mandates.put(connector, ids);
        });
        return ConnectorMandates.of(mandates);
    }

    private static OrganisationId organisationId(String connector, String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        String property = "oroshub.hub.connectors." + connector;
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException(property + ": '" + value
                    + "' is not an organisation as SCHEME:VALUE, e.g. SCHOOL_UNIT_CODE:29837461");
        }
        String scheme = value.substring(0, colon).trim().toUpperCase(Locale.ROOT);
        try {
            return new OrganisationId(
                    OrganisationIdScheme.valueOf(scheme),
                    value.substring(colon + 1).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    property + ": '" + scheme + "' is not an organisation id scheme; one of "
                            + List.of(OrganisationIdScheme.values()),
                    e);
        }
    }

    /** The state directory to use. */
    public Path effectiveStateDir() {
        return stateDir != null ? stateDir : Path.of(System.getProperty("java.io.tmpdir"), "oroshub-hub");
    }

    /**
     * Triage settings.
     *
     * @param veryYoungChildAge a child younger than this is acute on age alone
     * @param zone              the zone office hours are kept in
     * @param officeOpens       start of the working day (HH:mm)
     * @param officeCloses      end of the working day, exclusive (HH:mm)
     * @param afterHours        after-hours destination per municipality code, for services shared by several
     * @param afterHoursDefault destination of an unconfigured municipality; {@code {municipality}} is replaced
     */
    public record Triage(
            @DefaultValue("P1Y") Period veryYoungChildAge,
            @DefaultValue("Europe/Stockholm") String zone,
            @DefaultValue("08:00") String officeOpens,
            @DefaultValue("17:00") String officeCloses,
            Map<String, String> afterHours,
            @DefaultValue("socialjour-{municipality}") String afterHoursDefault) {

        /** The rules' triage configuration. */
        public TriageConfig toConfig() {
            return new TriageConfig(
                    veryYoungChildAge,
                    new OfficeHours(ZoneId.of(zone), LocalTime.parse(officeOpens), LocalTime.parse(officeCloses)),
                    new AfterHoursDirectory(afterHours == null ? Map.of() : afterHours, afterHoursDefault));
        }
    }

    /**
     * Deadline settings (each a configured SLA).
     *
     * @param zone                         the zone whose calendar days count
     * @param lateArrivalFrom              a report accepted at or after this time (HH:mm) has its protective
     *                                     assessment due the next day
     * @param preliminaryAssessment        receipt to decision on investigation
     * @param investigation                decision to open to the investigation's close
     * @param deliveryAcknowledgement      acceptance to the case system's acknowledgement
     * @param acuteDeliveryAcknowledgement the same for acute reports
     * @param clearingDecision             acceptance to a person's routing of a report waiting in clearing
     * @param acuteClearingDecision        the same for acute reports
     * @param reporterFeedback             acceptance to the feedback to an entitled reporter; unset for none
     */
    public record Deadlines(
            @DefaultValue("Europe/Stockholm") String zone,
            @DefaultValue("16:00") String lateArrivalFrom,
            @DefaultValue("P14D") Period preliminaryAssessment,
            @DefaultValue("P4M") Period investigation,
            @DefaultValue("1h") Duration deliveryAcknowledgement,
            @DefaultValue("15m") Duration acuteDeliveryAcknowledgement,
            @DefaultValue("2h") Duration clearingDecision,
            @DefaultValue("15m") Duration acuteClearingDecision,
            Duration reporterFeedback) {

        /** The rules' deadline configuration. */
        public DeadlineConfig toConfig() {
            return new DeadlineConfig(
                    ZoneId.of(zone),
                    LocalTime.parse(lateArrivalFrom),
                    preliminaryAssessment,
                    investigation,
                    deliveryAcknowledgement,
                    acuteDeliveryAcknowledgement,
                    clearingDecision,
                    acuteClearingDecision,
                    Optional.ofNullable(reporterFeedback));
        }
    }
}
