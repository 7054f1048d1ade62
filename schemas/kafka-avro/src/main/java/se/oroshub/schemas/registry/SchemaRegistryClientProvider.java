package se.oroshub.schemas.registry;

/**
 * A source of registry clients for URLs other than {@code http(s)://}, found with {@link java.util.ServiceLoader}. The
 * in-memory registry behind {@code mock://scope} URLs is one, shipped with the test fixtures only, so a production
 * process configured with a {@code mock://} URL refuses to start instead of silently keeping schemas in memory.
 */
public interface SchemaRegistryClientProvider {

    /** Whether this provider serves a {@code schema.registry.url} of this form. */
    boolean serves(String url);

    /** The client for {@code url}, which {@link #serves(String)} accepted. */
    SchemaRegistryClient clientFor(String url);
}
