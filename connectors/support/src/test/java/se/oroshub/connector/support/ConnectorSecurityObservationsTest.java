package se.oroshub.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * The security filter chain makes no observations while Spring Security's observations are switched off (the shipped
 * connector default), so it does not wrap every filter of every request in one only to drop it; a deployment that
 * switches them on for its tracing backend gets them.
 */
class ConnectorSecurityObservationsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConnectorSecurityAutoConfiguration.class))
            .withPropertyValues(
                    "oroshub.connector.id=test", "oroshub.connector.security.issuer-uri=http://127.0.0.1:1/issuer");

    @Test
    void securityObservationsSwitchedOffMeanNoObservingFilterChain() {
        context.withPropertyValues("management.observations.enable.spring.security=false")
                .run(c -> {
                    SecurityObservationSettings settings = c.getBean(SecurityObservationSettings.class);
                    assertThat(settings.shouldObserveRequests()).isFalse();
                    assertThat(settings.shouldObserveAuthentications()).isFalse();
                    assertThat(settings.shouldObserveAuthorizations()).isFalse();
                });
    }

    @Test
    void securityObservationsSwitchedOnAreLeftToSpringSecurity() {
        context.withPropertyValues("management.observations.enable.spring.security=true")
                .run(c -> assertThat(c).doesNotHaveBean(SecurityObservationSettings.class));
    }
}
