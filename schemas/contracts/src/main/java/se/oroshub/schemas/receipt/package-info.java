/**
 * Receipts: every accepted submission gets a receipt carrying a digest of exactly what was accepted, so reporter and
 * social services can both prove what was received. The receipt carries ids, time and digest only; private and
 * anonymous reporters receive this and nothing more ({@link se.oroshub.schemas.law.Statute#RIGHT_TO_REPORT}). The one
 * builder, {@link se.oroshub.schemas.receipt.Receipts}, is used by the connectors when they answer a submitter and by
 * the hub when it publishes the receipt, so both give the same receipt for the same report. Guarded by
 * {@code ReceiptsTest}.
 */
package se.oroshub.schemas.receipt;
