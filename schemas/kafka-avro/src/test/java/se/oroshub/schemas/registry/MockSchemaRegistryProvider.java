package se.oroshub.schemas.registry;

/** Serves {@code mock://scope} URLs with the {@link MockSchemaRegistry} of that scope. */
public final class MockSchemaRegistryProvider implements SchemaRegistryClientProvider {

    @Override
    public boolean serves(String url) {
        return url.startsWith(MockSchemaRegistry.MOCK_URL_PREFIX);
    }

    @Override
    public SchemaRegistryClient clientFor(String url) {
        if (url.contains(",")) {
            throw new IllegalArgumentException(
                    SchemaRegistryClientConfig.URL + " may hold only one mock:// URL, was '" + url + "'");
        }
        return MockSchemaRegistry.forScope(MockSchemaRegistry.scopeOf(url));
    }
}
