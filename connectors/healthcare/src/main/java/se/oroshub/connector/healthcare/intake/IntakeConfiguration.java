package se.oroshub.connector.healthcare.intake;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.schemas.validation.ConcernReportValidator;

/** Wires the FHIR-to-contract translation onto the reporting module's validator, the clock and the connector id. */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    @Bean
    ConcernReportTranslator concernReportTranslator(ConcernReportValidator validator, ConnectorProperties connector,
            Clock clock) {
        return new ConcernReportTranslator(validator, connector.id(), clock);
    }
}
