package se.oroshub.connector.support.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a connector under test at the test issuer ({@link TestTokens}) with the lowest precedence, so a test that
 * starts its own issuer overrides any of it. The sign-in client's endpoints are given explicitly, so no test waits for
 * a discovery document at start.
 */
public final class TestSignInEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("oroshub.connector.id") == null) {
            return;
        }
        String issuer = TestTokens.issuer();
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("oroshub.connector.security.issuer-uri", issuer);
        test.put("oroshub.connector.security.jwk-set-uri", TestTokens.jwkSetUri());
        String registration = "spring.security.oauth2.client.registration.oroshub.";
        test.put(registration + "client-secret", "test-only");
        String provider = "spring.security.oauth2.client.provider.oroshub.";
        test.put(provider + "authorization-uri", issuer + "/oauth2/authorize");
        test.put(provider + "token-uri", issuer + "/oauth2/token");
        test.put(provider + "jwk-set-uri", TestTokens.jwkSetUri());
        environment.getPropertySources().addLast(new MapPropertySource("oroshubTestSignIn", test));
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
