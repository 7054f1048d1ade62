/**
 * A schema registry that speaks Confluent Schema Registry's REST API (same paths, JSON and error codes) and keeps its
 * schemas in a compacted Kafka topic, as Confluent's registry does, so schema ids survive a restart.
 *
 * <p>Public API: {@link se.oroshub.registryserver.SchemaRegistryServer#start(RegistryConfig)} and
 * {@link se.oroshub.registryserver.RegistryConfig}; {@link se.oroshub.registryserver.RegistryMain} runs it as a
 * process. The store is a small port ({@link se.oroshub.registryserver.store.SchemaStore}) with a Kafka and an
 * in-memory implementation. One registry writes to a store topic at a time: ids are the highest known id plus one.
 *
 * <p>Tested by {@code RestApiTest} (every endpoint and error code over real HTTP, in-memory store) and
 * the contracts' {@code CompatibilityCheckerTest}; on a real broker by the system tests in {@code se.oroshub.system.registry}.
 */
package se.oroshub.registryserver;
