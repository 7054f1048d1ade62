/**
 * Verification of the audit trail from the audit topic ({@link se.oroshub.hub.audit.AuditVerifyCommand}): each chain
 * is OK, or the first broken link is named. {@code AuditChainTest} verifies the chains the topology writes, altered,
 * removed and unreadable records included; {@code RestartMidStreamIT} and {@code CrashMidStreamIT} run the command
 * against the real audit topic after a takeover.
 */
package se.oroshub.hub.audit;
