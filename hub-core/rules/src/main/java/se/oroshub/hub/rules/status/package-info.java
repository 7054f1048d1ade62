/**
 * Authority over status events: only the social services a report is routed to (after a transfer, the receiving
 * municipality) may publish events about it; events about unknown reports, from another municipality, or
 * structurally invalid are rejected with a stable reason and audited. Report content and its case belong to the
 * responsible social services alone ({@link se.oroshub.schemas.law.Statute#SOCIAL_SERVICES_SECRECY}).
 * Entry point: {@link se.oroshub.hub.rules.status.StatusEventAuthority}; each rule has a test named after it in
 * {@code StatusEventAuthorityTest}.
 */
package se.oroshub.hub.rules.status;
