package se.oroshub.hub.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.Topology;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.oroshub.hub.rules.linking.ChildPseudonym;
import se.oroshub.hub.runtime.HubStreamsLifecycle;
import se.oroshub.hub.runtime.StreamsHealthIndicator;
import se.oroshub.hub.topology.HubSerdes;
import se.oroshub.hub.topology.HubTopology;
import se.oroshub.hub.topology.HubTopologyConfig;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/** Builds the hub topology from {@link HubProperties} and Spring Boot's Kafka settings, and runs it. */
@Configuration(proxyBeanMethods = false)
public class HubConfiguration {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    /** The admin client for topic provisioning. */
    @Bean(destroyMethod = "close")
    Admin hubAdmin(KafkaProperties kafka) {
        return Admin.create(kafka.buildAdminProperties());
    }

    /** Creates the hub's topics with the configured replication. */
    @Bean
    TopicProvisioner hubTopicProvisioner(Admin hubAdmin, HubProperties properties) {
        return new TopicProvisioner(
                hubAdmin,
                properties.replicationFactor(),
                Optional.of(properties.minInsyncReplicas()),
                ADMIN_TIMEOUT.toMillis());
    }

    /** The Avro serdes, configured from {@code spring.kafka.properties.*} (schema.registry.url and friends). */
    @Bean
    HubSerdes hubSerdes(KafkaProperties kafka) {
        return HubSerdes.fromConfig(kafka.getProperties());
    }

    /** The rules' configuration and the adapter's settings. */
    @Bean
    HubTopologyConfig hubTopologyConfig(HubProperties properties) {
        return new HubTopologyConfig(
                MunicipalityCodes.official(),
                properties.triage().toConfig(),
                properties.deadlines().toConfig(),
                childPseudonym(properties.pseudonymSecret()),
                properties.linkingWindowDays(),
                properties.deadlineCheckInterval(),
                properties.internalTopicPartitions(),
                properties.mandates(),
                properties.statusMunicipalities());
    }

    /**
     * The keyed pseudonyms of children, from the configured secret. There is deliberately no default secret: a hub
     * started without one refuses to start instead of linking children under a key that is not secret.
     */
    static ChildPseudonym childPseudonym(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(
                    "oroshub.hub.pseudonym-secret (environment OROSHUB_PSEUDONYM_SECRET) must be"
                            + " set, at least " + ChildPseudonym.MINIMUM_SECRET_BYTES
                            + " bytes: it keys the child pseudonyms"
                            + " used for linking, and must stay secret and stable");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < ChildPseudonym.MINIMUM_SECRET_BYTES) {
            throw new IllegalStateException("oroshub.hub.pseudonym-secret is " + bytes.length + " bytes; at least "
                    + ChildPseudonym.MINIMUM_SECRET_BYTES + " are required");
        }
        return new ChildPseudonym(bytes);
    }

    /** The running topology. */
    @Bean
    HubStreamsLifecycle hubStreams(
            HubTopologyConfig config,
            HubSerdes serdes,
            TopicProvisioner provisioner,
            HubProperties properties,
            KafkaProperties kafka) {
        Topology topology = HubTopology.build(config, serdes, provisioner::ensure);
        return new HubStreamsLifecycle(
                topology,
                streamsProperties(properties, kafka),
                () -> provisioner.ensureAll(topicsToProvision(config)),
                properties.closeTimeout());
    }

    /**
     * The topics the hub creates before it starts: its fixed topics and every topic it reads, the intake topic of each
     * connector with a mandate and the status-event topic of each municipality that sends status events (their
     * writers create them too, if they start first).
     */
    static List<TopicSpec<?, ?>> topicsToProvision(HubTopologyConfig config) {
        List<TopicSpec<?, ?>> topics = new ArrayList<>(Topics.FIXED);
        topics.addAll(config.intakeTopics());
        topics.addAll(config.statusTopics());
        return topics;
    }

    /** Health of the streams client, as component {@code hubStreams} of {@code /actuator/health}. */
    @Bean
    StreamsHealthIndicator hubStreamsHealthIndicator(HubStreamsLifecycle hubStreams) {
        return new StreamsHealthIndicator(hubStreams);
    }

    /** Kafka Streams configuration: Boot's Kafka settings plus the hub's guarantees. */
    static Properties streamsProperties(HubProperties properties, KafkaProperties kafka) {
        return HubStreamsSettings.of(properties, kafka.buildStreamsProperties());
    }
}
