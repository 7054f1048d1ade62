package se.oroshub.registryserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

class RegistryConfigTest {

    @Test
    void defaultsMatchTheKafkaEcosystemsUsualPorts() {
        RegistryConfig config = RegistryConfig.fromProperties(Map.of("authentication.method", "NONE"));

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.topic()).isEqualTo("_schemas");
        assertThat(config.replicationFactor()).isEqualTo((short) 1);
        assertThat(config.compatibilityLevel()).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void readsConfluentsKeysAndPassesOtherKafkastoreKeysToTheClients() {
        RegistryConfig config = RegistryConfig.fromProperties(Map.of(
                "listeners", "http://0.0.0.0:18081",
                "kafkastore.bootstrap.servers", "kafka-1:9092,kafka-2:9092",
                "kafkastore.topic", "_schemas_hub",
                "kafkastore.topic.replication.factor", "3",
                "schema.compatibility.level", "full_transitive",
                "kafkastore.security.protocol", "SASL_SSL",
                "authentication.method", "none"));

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(18081);
        assertThat(config.bootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(config.topic()).isEqualTo("_schemas_hub");
        assertThat(config.replicationFactor()).isEqualTo((short) 3);
        assertThat(config.compatibilityLevel()).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(config.kafkaClientOverrides()).containsExactly(Map.entry("security.protocol", "SASL_SSL"));
    }

    @Test
    void aRegistryThatAnyoneCouldChangeIsRefusedUnlessAskedForByName() {
        assertThatThrownBy(() -> RegistryConfig.fromProperties(Map.of()))
                .hasMessageContaining("authentication.basic.users.file");
        assertThatThrownBy(() -> RegistryConfig.fromProperties(Map.of(
                        "authentication.method", "BASIC", "authentication.basic.users.file", "/nonexistent/users")))
                .hasMessageContaining("authentication.basic.users.file")
                .hasMessageContaining("not a readable file");
        assertThatThrownBy(() -> RegistryConfig.fromProperties(Map.of("authentication.method", "JAAS")))
                .hasMessageContaining("authentication.method");
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> RegistryConfig.fromProperties(Map.of("schema.compatibility.level", "SIDEWAYS")))
                .hasMessageContaining("schema.compatibility.level")
                .hasMessageContaining("SIDEWAYS");
        assertThatThrownBy(() -> RegistryConfig.fromProperties(Map.of("kafkastore.topic.replication.factor", "x")))
                .hasMessageContaining("kafkastore.topic.replication.factor");
        assertThatThrownBy(() -> RegistryConfig.fromProperties(Map.of("listeners", "https://127.0.0.1:8081")))
                .hasMessageContaining("http URL");
        assertThatThrownBy(() -> RegistryConfig.fromProperties(Map.of("listeners", "http://a:1,http://b:2")))
                .hasMessageContaining("exactly one");
    }

    @Test
    void settingsComeFromTheFileThenTheEnvironmentThenSystemProperties(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("registry.properties");
        Files.writeString(file, """
                listeners=http://127.0.0.1:7001
                kafkastore.topic=_from_file
                schema.compatibility.level=FULL
                """);
        Map<String, String> env = Map.of(
                "SCHEMA_REGISTRY_KAFKASTORE_TOPIC", "_from_env",
                "SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "NONE",
                "PATH", "/usr/bin");
        Properties system = new Properties();
        system.setProperty("schema.compatibility.level", "FORWARD");
        system.setProperty("java.version", "17");

        Map<String, String> settings = RegistryMain.settings(new String[] {file.toString()}, env, system);

        assertThat(settings)
                .containsOnly(
                        Map.entry("listeners", "http://127.0.0.1:7001"),
                        Map.entry("kafkastore.topic", "_from_env"),
                        Map.entry("schema.compatibility.level", "FORWARD"));
    }
}
