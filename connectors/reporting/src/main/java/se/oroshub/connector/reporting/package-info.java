/**
 * What the reporting connectors (school, healthcare, police) share on top of the support module: the edge of the hub
 * as a reporter sees it. The social-services connector receives reports and does without it.
 *
 * <ul>
 *   <li>{@link se.oroshub.connector.reporting.IntakePublisher}: validate a {@code ConcernReport} with the contract's
 *       one validator and publish it to the intake topic, returning the {@code Receipt} only after a durable broker
 *       acknowledgement; {@link se.oroshub.connector.reporting.ConcernReports} stamps a report with its identity and
 *       computes its receipt.</li>
 *   <li>{@link se.oroshub.connector.reporting.FeedbackInbox}: the receipts and the lawful feedback of the organisations
 *       this deployment reports for, rebuilt from the topics on every start, each report seen as a
 *       {@link se.oroshub.connector.reporting.ReportStatusView}.</li>
 * </ul>
 *
 * <p>A Spring Boot auto-configuration ({@link se.oroshub.connector.reporting.ReportingAutoConfiguration}) wires both
 * onto the support module's Kafka client settings; the intake's own Resilience4j instances come from this module's
 * {@code META-INF/oroshub/connector-defaults.yml}. Guarded by {@code IntakeAndFeedbackIT} and
 * {@code ReportingDefaultsTest}.
 */
package se.oroshub.connector.reporting;
