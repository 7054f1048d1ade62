package se.oroshub.connector.support.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import se.oroshub.connector.support.ConnectorSecurityProperties;

/**
 * Derives the sign-in client (Spring Boot's {@code spring.security.oauth2.client.registration.oroshub}) from
 * {@code oroshub.connector.security.issuer-uri} and {@code oroshub.connector.id}, with the lowest precedence, so a
 * deployment sets the issuer and the client secret and nothing else. Without an issuer nothing is derived, and the
 * connector refuses to start naming the property ({@link IssuerNotConfiguredException}).
 */
public final class OAuth2ClientDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "oroshubOAuth2ClientDefaults";
    private static final String REGISTRATION =
            "spring.security.oauth2.client.registration." + ConnectorSecurityProperties.REGISTRATION_ID + ".";
    private static final String PROVIDER =
            "spring.security.oauth2.client.provider." + ConnectorSecurityProperties.REGISTRATION_ID + ".";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String issuer = environment.getProperty(ConnectorSecurityProperties.ISSUER_URI_PROPERTY);
        String connectorId = environment.getProperty("oroshub.connector.id");
        if (issuer == null || issuer.isBlank() || connectorId == null || connectorId.isBlank()) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(REGISTRATION + "provider", ConnectorSecurityProperties.REGISTRATION_ID);
        defaults.put(REGISTRATION + "client-id", "connector-" + connectorId);
        defaults.put(REGISTRATION + "authorization-grant-type", "authorization_code");
        defaults.put(REGISTRATION + "client-authentication-method", "client_secret_basic");
        defaults.put(REGISTRATION + "scope", "openid,profile");
        defaults.put(REGISTRATION + "redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}");
        if (environment.getProperty(PROVIDER + "authorization-uri") == null) {
            defaults.put(PROVIDER + "issuer-uri", issuer.trim());
        }
        defaults.put(PROVIDER + "user-name-attribute", "sub");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
