package se.oroshub.connector.support;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

/**
 * One connector deployment, under {@code oroshub.connector}.
 *
 * <pre>
 * oroshub:
 *   connector:
 *     id: school                      # written into every ConcernReport.connectorId; names its intake and receipts topics
 *     organisations:                  # the organisations this deployment reports for (their feedback topics are read)
 *       - scheme: SCHOOL_UNIT_CODE
 *         value: "12345678"
 *         name: Ekbackens skola
 *     intake:
 *       ack-timeout: 10s              # how long submit() waits for the broker's durable acknowledgement
 *     topics:                         # how missing feedback topics are created at startup
 *       replication-factor: 1         # 3 in production
 *       min-insync-replicas:          # e.g. 2 in production; empty = broker default
 *       provisioning-timeout: 30s
 * </pre>
 *
 * @param id            the connector id, e.g. {@code school}
 * @param organisations the organisations this deployment reports for
 * @param intake        intake publishing settings
 * @param topics        topic provisioning settings
 */
@ConfigurationProperties("oroshub.connector")
public record ConnectorProperties(
        String id,
        List<Organisation> organisations,
        @DefaultValue Intake intake,
        @DefaultValue TopicSettings topics) {

    public ConnectorProperties {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("oroshub.connector.id must be set, e.g. 'school'");
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("oroshub.connector.id '" + id
                    + "' may hold only lower-case letters, digits and '-': it names the connector's own intake and"
                    + " receipts topics and its principal");
        }
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        intake = intake == null ? new Intake(null) : intake;
        topics = topics == null ? new TopicSettings(null, null, null) : topics;
    }

    /** The configured organisation with this id, if this deployment reports for it. */
    public Optional<Organisation> organisation(OrganisationId id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * An organisation this deployment reports for.
     *
     * @param scheme the identifier scheme, e.g. {@code SCHOOL_UNIT_CODE}
     * @param value  the identifier within the scheme
     * @param name   the organisation's name as shown to users and written into reports
     */
    public record Organisation(OrganisationIdScheme scheme, String value, String name) {

        public Organisation {
            Objects.requireNonNull(scheme, "oroshub.connector.organisations[].scheme");
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("oroshub.connector.organisations[].value must be set");
            }
            name = name == null || name.isBlank() ? value : name;
        }

        /** The typed id of the contract. */
        public OrganisationId id() {
            return new OrganisationId(scheme, value);
        }
    }

    /**
     * Intake publishing.
     *
     * @param ackTimeout how long a submission waits for the broker's durable acknowledgement before the submitter is
     *                   told it was not accepted; default 10 seconds
     */
    public record Intake(@DefaultValue("10s") Duration ackTimeout) {

        public Intake {
            ackTimeout = ackTimeout == null ? Duration.ofSeconds(10) : ackTimeout;
            if (ackTimeout.isNegative() || ackTimeout.isZero()) {
                throw new IllegalArgumentException("oroshub.connector.intake.ack-timeout must be positive");
            }
        }
    }

    /**
     * How the connector creates the topics it reads when they are missing (broker auto-creation stays off).
     *
     * @param replicationFactor   replicas per partition; default 1 (a single local broker), 3 in production
     * @param minInsyncReplicas   replicas that must acknowledge a write; {@code null} for the broker's default
     * @param provisioningTimeout how long to wait for the broker when creating topics; default 30 seconds
     */
    public record TopicSettings(
            @DefaultValue("1") Short replicationFactor,
            Integer minInsyncReplicas,
            @DefaultValue("30s") Duration provisioningTimeout) {

        public TopicSettings {
            replicationFactor = replicationFactor == null ? 1 : replicationFactor;
            provisioningTimeout = provisioningTimeout == null ? Duration.ofSeconds(30) : provisioningTimeout;
        }
    }
}
