package se.oroshub.connector.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import se.oroshub.connector.support.internal.ConnectorDefaultsEnvironmentPostProcessor;

/** A reporting connector gets the intake's Resilience4j instances on top of every connector's defaults. */
class ReportingDefaultsTest {

    @Test
    void theIntakeHasItsOwnCircuitBreakerAndBulkheadBesideTheSharedDefaults() {
        StandardEnvironment environment = new StandardEnvironment();

        new ConnectorDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("resilience4j.circuitbreaker.instances.intake.slow-call-duration-threshold"))
                .isEqualTo("10s");
        assertThat(environment.getProperty("resilience4j.bulkhead.instances.intake.max-concurrent-calls"))
                .isEqualTo("50");
        assertThat(environment.getProperty("resilience4j.circuitbreaker.configs.default.failure-rate-threshold"))
                .isEqualTo("50");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("127.0.0.1:9092");
    }
}
