/**
 * Receipts: every accepted submission gets a receipt carrying a digest of exactly what was accepted, so reporter and
 * social services can both prove what was received (disputes about what was said are common). The receipt carries
 * ids, time and digest only; private and anonymous reporters receive this and nothing more
 * ({@link se.oroshub.hub.rules.law.Statute#RIGHT_TO_REPORT}). Entry point:
 * {@link se.oroshub.hub.rules.receipt.Receipts}.
 */
package se.oroshub.hub.rules.receipt;
