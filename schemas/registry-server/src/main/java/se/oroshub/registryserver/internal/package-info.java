/**
 * The registry behind the REST API: the HTTP endpoints with Confluent's paths, answers and error codes, and the
 * registry's state rebuilt from its store. Used by {@link se.oroshub.registryserver.SchemaRegistryServer} only.
 * Guarded by {@code RestApiTest}, on a real broker by {@code SchemaIdRoundTripIT} and {@code RegistryRestartIT} in the system tests.
 */
package se.oroshub.registryserver.internal;
