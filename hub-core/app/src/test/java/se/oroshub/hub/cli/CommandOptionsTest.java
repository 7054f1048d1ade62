package se.oroshub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandOptionsTest {

    @Test
    void aToolTakesASecuredClustersClientSettingsFromACommandConfigFileAsKafkasOwnToolsDo(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("operator.properties");
        Files.writeString(file, """
                security.protocol=SSL
                ssl.keystore.location=/run/secrets/operator.p12
                basic.auth.credentials.source=USER_INFO
                basic.auth.user.info=operator:from-the-platform
                """);

        CommandOptions options = CommandOptions.parse(new String[] {
            "--spring.kafka.bootstrap-servers=broker-1:9093", "--command-config=" + file, "--list-clearing"
        });

        assertThat(options.clientSettings())
                .containsEntry("bootstrap.servers", "broker-1:9093")
                .containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.keystore.location", "/run/secrets/operator.p12");
        assertThat(options.serdeSettings(true))
                .containsEntry("schema.registry.url", "http://127.0.0.1:8081")
                .containsEntry("basic.auth.user.info", "operator:from-the-platform")
                .containsEntry("specific.avro.reader", true);
    }

    @Test
    void anUnreadableCommandConfigIsRefusedNamingTheOptionButNotItsContents(@TempDir Path dir) {
        CommandOptions options = CommandOptions.parse(new String[] {"--command-config=" + dir.resolve("missing")});

        assertThatThrownBy(options::clientSettings)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--command-config=");
    }

    @Test
    void withoutACommandConfigTheToolsTalkToTheLocalRuntime() {
        CommandOptions options = CommandOptions.parse(new String[0]);

        assertThat(options.clientSettings()).containsOnlyKeys("bootstrap.servers");
        assertThat(options.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }
}
