package se.oroshub.connector.support.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Adds every {@value #LOCATION} on the class path (the support module's: Kafka addresses, Resilience4j settings,
 * Actuator exposure; and one from each other connector module that has defaults of its own) as property sources of
 * the lowest precedence, so every connector has them and any connector's own configuration overrides them.
 */
public final class ConnectorDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String LOCATION = "META-INF/oroshub/connector-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(
                            getClass().getClassLoader())
                    .getResources("classpath*:" + LOCATION);
            YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
            for (int i = 0; i < files.length; i++) {
                for (PropertySource<?> source : loader.load("connector-defaults-" + (i + 1), files[i])) {
                    environment.getPropertySources().addLast(source);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }
}
