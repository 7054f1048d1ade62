/**
 * The implementations behind the support module's ports: the configured users and their organisation, the
 * Resilience4j-backed {@code ExternalCalls}, and the loading of the connector defaults. Connectors use the ports in
 * {@code se.oroshub.connector.support} and never these classes directly. Guarded by {@code ConfiguredUsersTest},
 * {@code ResilientExternalCallsTest} and {@code ConnectorDefaultsEnvironmentPostProcessorTest}.
 */
package se.oroshub.connector.support.internal;
