/**
 * The hub's own state-store values and their serdes. Store keys are report ids, audit chains, due-time index keys or
 * (municipality, child pseudonym) pairs: never a personal identity number. Values hold ids, codes and times only.
 * The rules module supplies the codecs of its own state ({@code ReportClockCodec}, {@code LinkEntriesCodec},
 * {@code AuditHead#toBytes}); {@link se.oroshub.hub.state.StateSerdes} wraps them.
 */
package se.oroshub.hub.state;
