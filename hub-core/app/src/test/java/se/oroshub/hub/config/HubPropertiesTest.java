package se.oroshub.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The configuration keys, their defaults, and the streams settings they turn into. */
class HubPropertiesTest {

    @Test
    void defaultsAreTheLocalSingleBrokerSettingsWithExactlyOnce() {
        HubProperties properties = bind(Map.of());
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of("127.0.0.1:9092"));

        Properties streams = HubConfiguration.streamsProperties(properties, kafka);

        assertThat(streams)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "oroshub-hub")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1)
                .containsEntry(StreamsConfig.topicPrefix("min.insync.replicas"), "1")
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1)
                .doesNotContainKey(StreamsConfig.mainConsumerPrefix("group.instance.id"));
        assertThat(streams.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG))
                .asString()
                .contains("127.0.0.1:9092");
        assertThat(properties.deadlineCheckInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.linkingWindowDays()).isEqualTo(365);
        assertThat(properties.deadlines().toConfig().preliminaryAssessment()).isEqualTo(Period.ofDays(14));
        assertThat(properties.deadlines().toConfig().investigation()).isEqualTo(Period.ofMonths(4));
        assertThat(properties.deadlines().toConfig().reporterFeedback()).isEmpty();
        assertThat(properties.deadlines().toConfig().clearingDecision()).isEqualTo(Duration.ofHours(2));
        assertThat(properties.deadlines().toConfig().acuteClearingDecision()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.triage().toConfig().officeHours().opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(properties.triage().toConfig().afterHours().destinationFor("0180"))
                .isEqualTo("socialjour-0180");
    }

    @Test
    void theHubRefusesToStartWithoutAPseudonymSecretOfItsOwn() throws IOException {
        StandardEnvironment shipped = new StandardEnvironment();
        shipped.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(shipped.getPropertySources()::addLast);
        String shippedSecret = shipped.getProperty("oroshub.hub.pseudonym-secret");

        assertThat(shippedSecret).isEmpty();
        assertThatThrownBy(() -> HubConfiguration.childPseudonym(shippedSecret))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OROSHUB_PSEUDONYM_SECRET");
        assertThatThrownBy(() -> HubConfiguration.childPseudonym("too-short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("9 bytes");
        assertThat(HubConfiguration.childPseudonym("a-secret-of-at-least-thirty-two-bytes"))
                .isNotNull();
    }

    @Test
    void productionSettingsAreConfigurable() {
        HubProperties properties = bind(Map.of(
                "oroshub.hub.replication-factor", "3",
                "oroshub.hub.min-insync-replicas", "2",
                "oroshub.hub.instance-id", "hub-0",
                "oroshub.hub.state-dir", "/var/lib/oroshub/hub",
                "oroshub.hub.deadlines.reporter-feedback", "21d",
                "oroshub.hub.deadlines.clearing-decision", "30m",
                "oroshub.hub.triage.after-hours.0114", "socialjour-nordost"));

        Properties streams = HubConfiguration.streamsProperties(properties, new KafkaProperties());

        assertThat(streams)
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                .containsEntry(StreamsConfig.topicPrefix("min.insync.replicas"), "2")
                .containsEntry(StreamsConfig.mainConsumerPrefix("group.instance.id"), "hub-0")
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/var/lib/oroshub/hub");
        assertThat(properties.deadlines().toConfig().reporterFeedback()).isEqualTo(Optional.of(Duration.ofDays(21)));
        assertThat(properties.deadlines().toConfig().clearingDecision()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.triage().toConfig().afterHours().destinationFor("0114"))
                .isEqualTo("socialjour-nordost");
    }

    @Test
    void tuningDefaultsCanBeOverriddenButNotTheGuarantees() {
        HubProperties properties = bind(Map.of());
        assertThat(HubConfiguration.streamsProperties(properties, new KafkaProperties()))
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50L)
                .containsEntry(StreamsConfig.producerPrefix("batch.size"), 256 * 1024)
                .containsEntry(StreamsConfig.producerPrefix("linger.ms"), 5);

        KafkaProperties kafka = new KafkaProperties();
        kafka.getStreams().getProperties().put(StreamsConfig.producerPrefix("batch.size"), "65536");
        kafka.getStreams().getProperties().put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        kafka.getStreams().getProperties().put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "30000");
        Properties streams =
                HubConfiguration.streamsProperties(bind(Map.of("oroshub.hub.commit-interval", "200ms")), kafka);

        assertThat(streams)
                .containsEntry(StreamsConfig.producerPrefix("batch.size"), "65536")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200L);
    }

    private static HubProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("oroshub.hub", HubProperties.class);
    }
}
