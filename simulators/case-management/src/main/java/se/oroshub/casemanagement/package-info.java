/**
 * A stand-in case-management system for the local runtime and demos, not a product: it keeps received reports in
 * memory, answers the social-services connector's delivery contract ({@code POST /api/v1/concern-reports}, 201 with a
 * reference, 409 with the same reference for a repeated Idempotency-Key), can be switched to slow, failing (503) or
 * refusing (422) through {@code PUT /admin/behaviour}, and lets a simulated case officer post the protective
 * assessment and the decision back to the connector from its page at {@code /}.
 *
 * <p>The receiving side is {@link se.oroshub.casemanagement.DeliveryDesk}, whatever HTTP server carries it: the
 * simulator's web endpoint, or {@link se.oroshub.casemanagement.EmbeddedCaseManagementSystem}, the simulator without
 * Spring on the JDK's HTTP server, which the social-services connector's tests and the whole-flow test deliver to.
 * Status events go out through {@link se.oroshub.casemanagement.StatusEventSender} in both, with an access token
 * from the identity provider by client credentials ({@link se.oroshub.casemanagement.ConnectorTokens}). Guarded by
 * {@code ConcernReportApiTest} and {@code EmbeddedCaseManagementSystemTest}.
 */
package se.oroshub.casemanagement;
