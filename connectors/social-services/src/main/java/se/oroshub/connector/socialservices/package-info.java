/**
 * The social-services connector: the hub's edge towards the municipalities' social services.
 *
 * <ul>
 *   <li>{@code delivery}: each INTEGRATED municipality's report topic is consumed on its own thread and consumer group
 *       ({@code read_committed}, manual commit); each report goes to the municipality's case-management system over
 *       HTTP (contract in {@code docs/case-management-contract.md}) through the support module's
 *       {@code ExternalCalls} (retry with backoff, circuit breaker, bulkhead, time limiter, one Resilience4j instance
 *       {@code case-management-<code>} per municipality). The system's acknowledgement becomes a
 *       {@code ReportReceived} status event with an event id derived from the report id; only then is the offset
 *       committed. A report that stays undelivered past
 *       {@code oroshub.connector.social-services.delivery.alarm-after}, or is refused, raises the delivery alarm
 *       ({@code DeadlineDeviation}, {@code DELIVERY_ACKNOWLEDGEMENT}) once, and shows in {@code /actuator/health} as
 *       component {@code caseManagementDelivery}.</li>
 *   <li>{@code statusapi}: {@code POST /api/v1/status-events} for case-management systems, validated field by field
 *       and published to the status events topic.</li>
 *   <li>{@code inbox}: for INBOX municipalities, a Swedish web inbox rebuilt from the topics on every start, where case
 *       officers acknowledge receipt and record the protective assessment and the decision on investigation.</li>
 *   <li>{@code events}: the status events and the delivery alarm the connector publishes, and the recording of a
 *       status event (published, then applied to the inbox) that the status API and the inbox share.</li>
 *   <li>{@code config}: the wiring, from {@code oroshub.connector.social-services.*}; no other package uses it.</li>
 * </ul>
 *
 * <p>The hub tracks the acknowledgement deadline itself as well; the connector's own alarm says more precisely why
 * (system down, or refusing the report). The connector depends on the contracts and the support module only. Guarded by
 * {@code SocialServicesConnectorIT} and {@code BoundariesTest}.
 */
package se.oroshub.connector.socialservices;
