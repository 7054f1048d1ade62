/**
 * Verification of the audit trail from the audit topic ({@link se.oroshub.hub.audit.AuditVerifyCommand}): each chain
 * is OK, or the first broken link is named.
 */
package se.oroshub.hub.audit;
