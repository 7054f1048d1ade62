package se.oroshub.connector.support.testing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ConnectorSecurityAutoConfiguration;
import se.oroshub.connector.support.ConnectorSecurityProperties;

/**
 * Test sign-in, on the test class path only (this module's test-jar): the configured test users over HTTP Basic and
 * the connector's own form, next to the production OIDC sign-in and bearer tokens, so MockMvc and integration tests
 * can act as a user in one line. The access rules are the production ones: a test user needs the same roles and an
 * organisation the connector serves.
 */
@AutoConfiguration(before = ConnectorSecurityAutoConfiguration.class)
@EnableConfigurationProperties({TestUsersProperties.class, ConnectorProperties.class})
public class TestSignInAutoConfiguration {

    @Bean
    UserDetailsService testUsers(TestUsersProperties users, ConnectorProperties connector) {
        return new ConfiguredTestUsers(users, connector);
    }

    /** Applied by Spring Security to every {@link HttpSecurity}, so to each of the connector's filter chains. */
    @Bean
    Customizer<HttpSecurity> testBasicAndFormSignIn(ConnectorSecurityProperties security) {
        return http -> {
            try {
                http.httpBasic(Customizer.withDefaults());
                if (security.loginPage().isEmpty()) {
                    http.formLogin(Customizer.withDefaults());
                } else {
                    http.formLogin(form -> form.loginPage(security.loginPage()));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
