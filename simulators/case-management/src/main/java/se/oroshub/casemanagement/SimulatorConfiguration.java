package se.oroshub.casemanagement;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the simulator's parts, the same ones {@link EmbeddedCaseManagementSystem} puts together without Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration {

    @Bean
    BehaviourSwitch behaviourSwitch() {
        return new BehaviourSwitch();
    }

    @Bean
    ReceivedReports receivedReports(SimulatorProperties properties) {
        return new ReceivedReports(properties.referencePrefix(), Clock.systemUTC());
    }

    @Bean
    ApiCredentials apiCredentials(SimulatorProperties properties) {
        return new ApiCredentials(properties.api());
    }

    @Bean
    DeliveryDesk deliveryDesk(ApiCredentials credentials, BehaviourSwitch behaviour, ReceivedReports reports) {
        return new DeliveryDesk(credentials, behaviour, reports);
    }

    @Bean
    StatusEventSender statusEventSender(SimulatorProperties properties, JsonMapper json) {
        return new StatusEventSender(
                properties.connector().baseUrl(), properties.connector().tokens(), properties.municipalityCode(), json);
    }
}
