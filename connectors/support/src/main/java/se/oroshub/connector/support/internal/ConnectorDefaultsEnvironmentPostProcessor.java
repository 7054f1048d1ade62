package se.oroshub.connector.support.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code connector-defaults.yml} (Kafka addresses, Resilience4j settings, Actuator exposure) as the property
 * source of lowest precedence, so every connector has them and any connector's own configuration overrides them.
 */
public final class ConnectorDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String LOCATION = "se/oroshub/connector/support/connector-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassPathResource resource = new ClassPathResource(LOCATION, getClass().getClassLoader());
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("connector-defaults", resource)) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }
}
