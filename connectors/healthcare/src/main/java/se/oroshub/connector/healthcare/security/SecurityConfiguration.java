package se.oroshub.connector.healthcare.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ConnectorSecurityProperties;
import se.oroshub.connector.support.CurrentOrganisation;

/** The signed-in organisation for the local users of {@code oroshub.connector.security.users}. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    CurrentOrganisation currentOrganisation(ConnectorSecurityProperties security, ConnectorProperties connector) {
        return new ConfiguredUserOrganisation(security, connector);
    }
}
