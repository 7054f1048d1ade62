package se.oroshub.schemas.registry;

import java.util.Collection;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Creates the {@link SchemaRegistryClient} a configuration asks for. */
public final class SchemaRegistryClients {

    private SchemaRegistryClients() {}

    /**
     * The client for a Kafka-style configuration map: the client of a {@link SchemaRegistryClientProvider} on the
     * class path that serves the {@code schema.registry.url} (the test fixtures serve {@code mock://scope}), otherwise
     * an {@link HttpSchemaRegistryClient} configured by {@link SchemaRegistryClientConfig#fromMap(Map)}.
     *
     * @throws IllegalArgumentException naming the key when the configuration is missing or malformed
     */
    public static SchemaRegistryClient fromConfig(Map<String, ?> config) {
        Object url = config.get(SchemaRegistryClientConfig.URL);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException(
                    "missing required configuration '" + SchemaRegistryClientConfig.URL + "'");
        }
        String urls = url instanceof Collection<?> list
                ? list.stream().map(String::valueOf).map(String::trim).collect(Collectors.joining(","))
                : url.toString().trim();
        for (SchemaRegistryClientProvider provider : ServiceLoader.load(SchemaRegistryClientProvider.class)) {
            if (provider.serves(urls)) {
                return provider.clientFor(urls);
            }
        }
        return new HttpSchemaRegistryClient(SchemaRegistryClientConfig.fromMap(config));
    }
}
