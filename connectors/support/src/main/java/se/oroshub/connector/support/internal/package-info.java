/**
 * The implementations behind the support module's ports: the mapping of an identity provider's claims to the
 * organisation user and roles ({@code OrganisationClaims}) and the authentications that carry them, the refusal to
 * start without an identity provider, the Resilience4j-backed {@code ExternalCalls}, and the loading of the connector
 * defaults. Connectors use the ports in {@code se.oroshub.connector.support} and never these classes directly.
 * Guarded by {@code OrganisationClaimsTest}, {@code ResilientExternalCallsTest} and
 * {@code ConnectorDefaultsEnvironmentPostProcessorTest}.
 */
package se.oroshub.connector.support.internal;
