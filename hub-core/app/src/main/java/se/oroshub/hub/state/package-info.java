/**
 * The hub's own state-store values and their serdes ({@link se.oroshub.hub.state.StateSerdes}). Store keys are report
 * ids, audit chains, due-time index keys or (municipality, child pseudonym) pairs: never a personal identity number.
 * Values hold ids, codes and times only. How each value is laid out in bytes is decided here, not by the rules: the
 * deadline clocks ({@code ReportClockCodec}), the earlier-report entries ({@code LinkEntriesCodec}) and the audit
 * chain heads ({@code AuditHeadCodec}) have binary codecs, the ledger is JSON ({@code JsonStateSerde}).
 */
package se.oroshub.hub.state;
