/**
 * What every connector shares: the edge of the hub as a connector sees it.
 *
 * <ul>
 *   <li>{@link se.oroshub.connector.support.IntakePublisher}: validate a {@code ConcernReport} with the contract's one
 *       validator and publish it to the intake topic, returning the {@code Receipt} only after a durable broker
 *       acknowledgement.</li>
 *   <li>{@link se.oroshub.connector.support.FeedbackInbox}: the receipts and the lawful feedback of the organisations
 *       this deployment reports for, rebuilt from the topics on every start.</li>
 *   <li>{@link se.oroshub.connector.support.ExternalCalls}: retry, circuit breaker, bulkhead and time limiter for every
 *       call to an external system, configured under {@code resilience4j.*} and visible in Actuator.</li>
 *   <li>{@link se.oroshub.connector.support.ErrorCode} and {@link se.oroshub.connector.support.FieldError}: one error
 *       vocabulary, rendered as RFC 9457 problem details by
 *       {@link se.oroshub.connector.support.ProblemDetailsAdvice}.</li>
 *   <li>{@link se.oroshub.connector.support.CurrentOrganisation}: the organisation of the signed-in user, the only
 *       organisation whose feedback may be shown.</li>
 * </ul>
 *
 * <p>All of it is a Spring Boot auto-configuration ({@link se.oroshub.connector.support.ConnectorSupportAutoConfiguration}):
 * a connector application depends on this module, configures {@code oroshub.connector.*} and injects the beans.
 * Its defaults (Kafka addresses, Resilience4j settings, Actuator exposure) come from
 * {@code connector-defaults.yml} in this package, with the lowest precedence, so any connector's own
 * {@code application.yml} overrides them.
 */
package se.oroshub.connector.support;
