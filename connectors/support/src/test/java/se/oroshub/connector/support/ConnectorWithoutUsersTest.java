package se.oroshub.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** No connector ships with users: one started without any starts all the same, and nobody can sign in. */
class ConnectorWithoutUsersTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConnectorSecurityAutoConfiguration.class))
            .withPropertyValues(
                    "oroshub.connector.id=school",
                    "oroshub.connector.organisations[0].scheme=SCHOOL_UNIT_CODE",
                    "oroshub.connector.organisations[0].value=29837461");

    @Test
    void aConnectorWithoutUsersStartsAndNobodyCanSignIn() {
        context.run(c -> {
            assertThat(c).hasNotFailed();
            UserDetailsService users = c.getBean(UserDetailsService.class);
            assertThatThrownBy(() -> users.loadUserByUsername("anna")).isInstanceOf(UsernameNotFoundException.class);
        });
    }
}
