package se.oroshub.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ConnectorDefaultsEnvironmentPostProcessorTest {

    @Test
    void everyConnectorGetsKafkaResilienceAndActuatorDefaults() {
        StandardEnvironment environment = new StandardEnvironment();

        new ConnectorDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("127.0.0.1:9092");
        assertThat(environment.getProperty("spring.kafka.properties.schema.registry.url"))
                .isEqualTo("http://127.0.0.1:8081");
        assertThat(environment.getProperty("resilience4j.retry.configs.default.max-attempts"))
                .isEqualTo("3");
        assertThat(environment.getProperty("resilience4j.circuitbreaker.configs.default.failure-rate-threshold"))
                .isEqualTo("50");
        assertThat(environment.getProperty("resilience4j.bulkhead.configs.default.max-concurrent-calls"))
                .isNotBlank();
        assertThat(environment.getProperty("resilience4j.timelimiter.configs.default.timeout-duration"))
                .isNotBlank();
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .contains("health", "circuitbreakers", "retries");
        assertThat(environment.getProperty("management.health.circuitbreakers.enabled"))
                .isEqualTo("true");
        assertThat(environment.getProperty("resilience4j.circuitbreaker.instances.intake.base-config"))
                .as("the intake's settings belong to the reporting connectors")
                .isNull();
    }

    @Test
    void aConnectorsOwnConfigurationWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "application", Map.of("spring.kafka.bootstrap-servers", "broker-1:9093")));

        new ConnectorDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("broker-1:9093");
    }
}
