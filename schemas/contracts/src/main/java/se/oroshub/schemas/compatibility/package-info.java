/**
 * Schema compatibility as the Confluent Schema Registry defines it: the levels ({@link
 * se.oroshub.schemas.compatibility.CompatibilityLevel}) and the one checker that words each incompatibility for a
 * person ({@link se.oroshub.schemas.compatibility.CompatibilityChecker}), used by the registry server, the in-memory
 * test registry and the compatibility gate of the contracts. Guarded by {@code CompatibilityCheckerTest} and
 * {@code CompatibilityGateTest}.
 */
package se.oroshub.schemas.compatibility;
