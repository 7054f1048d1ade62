package se.oroshub.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import se.oroshub.connector.support.internal.IssuerNotConfiguredException;
import se.oroshub.connector.support.internal.IssuerNotConfiguredFailureAnalyzer;

/** No connector ships with an identity provider, and none starts without one: nobody could sign in. */
class ConnectorWithoutIssuerTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConnectorSecurityAutoConfiguration.class,
                    SecurityAutoConfiguration.class,
                    ServletWebSecurityAutoConfiguration.class))
            .withPropertyValues(
                    "oroshub.connector.id=school",
                    "oroshub.connector.organisations[0].scheme=SCHOOL_UNIT_CODE",
                    "oroshub.connector.organisations[0].value=29837461");

    @Test
    void connectorWithoutIssuerRefusesToStartNamingTheProperty() {
        context.run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause().isInstanceOf(IssuerNotConfiguredException.class);
            FailureAnalysis analysis = new IssuerNotConfiguredFailureAnalyzer().analyze(c.getStartupFailure());
            assertThat(analysis.getAction()).contains("oroshub.connector.security.issuer-uri");
            assertThat(analysis.getDescription()).contains("school");
        });
    }
}
