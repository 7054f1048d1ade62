/**
 * Where the registry keeps its schemas: in the compacted {@code _schemas} topic with Confluent's own record format
 * ({@link se.oroshub.registryserver.store.KafkaSchemaStore}, {@link se.oroshub.registryserver.store.StoreCodec}), so
 * Confluent's registry could read it, or in memory for tests. Guarded by {@code StoreCodecTest}.
 */
package se.oroshub.registryserver.store;
