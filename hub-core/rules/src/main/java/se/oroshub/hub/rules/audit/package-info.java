/**
 * The audit trail: every decision the hub takes becomes an {@link se.oroshub.hub.rules.audit.AuditEntry} (ids and
 * codes only), placed in a hash chain per municipality (or the hub's own chain) by
 * {@link se.oroshub.hub.rules.audit.AuditChain}; {@link se.oroshub.hub.rules.audit.AuditChainVerifier} names the
 * first altered, removed or relinked record. Supervisory bodies and auditors need to see what was received, when,
 * by whom and whether deadlines were met; the trail follows the standard healthcare sets for access logs
 * ({@link se.oroshub.schemas.law.Statute#ACCESS_LOGGING}). {@code AuditEntryTest} covers what an entry holds,
 * {@code AuditChainTest} the chaining and what the verifier finds.
 */
package se.oroshub.hub.rules.audit;
