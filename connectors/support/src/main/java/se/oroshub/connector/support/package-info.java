/**
 * What every connector shares, the reporting connectors and the social-services connector alike.
 *
 * <ul>
 *   <li>{@link se.oroshub.connector.support.ConnectorApplication}: starts a connector application;
 *       {@link se.oroshub.connector.support.ConnectorProperties} ({@code oroshub.connector.*}): the connector id, the
 *       organisations it acts for, the acknowledgement timeout and how missing topics are created.</li>
 *   <li>{@link se.oroshub.connector.support.ConnectorSecurityAutoConfiguration}: sign-in through an OpenID Connect identity
 *       provider for every page, bearer tokens for every API, each {@link se.oroshub.connector.support.AccessRole}
 *       as an authority;
 *       {@link se.oroshub.connector.support.CurrentOrganisation}: the organisation of the signed-in user, the only
 *       organisation a request may act for.</li>
 *   <li>{@link se.oroshub.connector.support.ErrorCode} and {@link se.oroshub.connector.support.FieldError}: one error
 *       vocabulary, rendered as RFC 9457 problem details by
 *       {@link se.oroshub.connector.support.ProblemDetailsAdvice}.</li>
 *   <li>{@link se.oroshub.connector.support.ExternalCalls}: retry, circuit breaker, bulkhead and time limiter for every
 *       call to an external system, configured under {@code resilience4j.*} and visible in Actuator.</li>
 *   <li>{@link se.oroshub.connector.support.KafkaClientSettings}: the durable producer and {@code read_committed}
 *       consumer settings every Kafka client of a connector is built from;
 *       {@link se.oroshub.connector.support.TopicReplay}: an in-memory projection rebuilt from topics read from the
 *       beginning on every start.</li>
 * </ul>
 *
 * <p>All of it is a Spring Boot auto-configuration
 * ({@link se.oroshub.connector.support.ConnectorSupportAutoConfiguration}): a connector application depends on this
 * module (a reporting connector on {@code connectors/reporting}, which adds the intake and the feedback inbox),
 * configures {@code oroshub.connector.*} and injects the beans. Its defaults (Kafka addresses, Resilience4j settings,
 * Actuator exposure) come from {@code META-INF/oroshub/connector-defaults.yml}, with the lowest precedence, so any
 * connector's own {@code application.yml} overrides them. Guarded by {@code ErrorCodeTest},
 * {@code ProblemDetailsAdviceTest}, {@code KafkaClientSettingsTest}, {@code TopicReplayTest},
 * {@code ConnectorPropertiesTest}, {@code ConnectorWithoutIssuerTest} and {@code ApiTokenAccessRulesTest}.
 */
package se.oroshub.connector.support;
