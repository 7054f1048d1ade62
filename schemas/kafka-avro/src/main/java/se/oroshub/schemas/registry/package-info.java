/**
 * Client of a schema registry speaking the Confluent Schema Registry REST API.
 *
 * <p>Confluent's own client is not published to Maven Central, so the hub carries its own: {@link
 * se.oroshub.schemas.registry.SchemaRegistryClient} is the port, {@link se.oroshub.schemas.registry.HttpSchemaRegistryClient}
 * talks HTTP (caching, timeouts, retries with backoff, circuit breaker, failover, Basic auth).
 * {@link se.oroshub.schemas.registry.SchemaRegistryClients#fromConfig(java.util.Map)} picks one from configuration,
 * asking any {@link se.oroshub.schemas.registry.SchemaRegistryClientProvider} on the class path first: the in-memory
 * registry behind {@code mock://scope} URLs ({@code MockSchemaRegistry}) is one, in this module's test-jar only.
 * Error answers surface as {@link se.oroshub.schemas.registry.SchemaRegistryException} subclasses named after the
 * Confluent error codes.
 *
 * <p>Tested against a real HTTP server by {@code HttpSchemaRegistryClientTest}.
 */
package se.oroshub.schemas.registry;
