/**
 * The hub's own state-store values and their serdes ({@link se.oroshub.hub.state.StateSerdes}), one codec per store.
 * Store keys are report ids, audit chains, due-time index keys or (municipality, child pseudonym) pairs: never a
 * personal identity number. Values hold ids, codes and times only, except the clearing store, which keeps the report
 * itself until a person routes it. How a value is laid out in bytes is decided here, not by the rules.
 *
 * <h2>Store format policy</h2>
 *
 * Every store is changelogged, so a value written by one release is read by every later one: when a store is
 * restored, when a task moves, after a restart. Hence, for every value of every store:
 * <ol>
 *   <li>The value starts with one byte, the version of its format; the rest is laid out as that version says, on the
 *       store's codec. Keys carry no version: they are UTF-8 strings, and a key's bytes are its identity in the store
 *       and its changelog.</li>
 *   <li>A codec writes one version and reads every version its store has ever held. Version 0 is what a store held
 *       before this policy, without a version byte; its codec tells it from the versions by a first byte no version
 *       uses (the ledger's JSON brace, a report id's first character, the zero top byte of an audit sequence, the
 *       wire format's magic byte 0).</li>
 *   <li>Any change to the bytes a codec writes is a new version, and a new version only adds: a field at the end or
 *       behind a presence flag, never a removed, reordered or reinterpreted one; the readers of the earlier versions
 *       stay. The report in the clearing store is a contract in the Confluent wire format, which names its writer
 *       schema: the contract evolves under the contracts' compatibility gate, within one store version.</li>
 *   <li>Every released version has samples, {@code src/test/resources/store-formats/<store>/v<version>-<variant>.bin},
 *       never changed or removed once released (the clearing store's come with the writer schemas they name,
 *       {@code schema-id-<id>.avsc}). {@code StoreFormatCompatibilityTest} decodes every sample with the current
 *       codec, requires the samples of one variant to hold the same value in every version, and the latest version's
 *       samples to be what the codec writes today, byte for byte. A new version adds its samples, written from the
 *       values the earlier ones hold.</li>
 * </ol>
 * A release that writes a new version cannot be rolled back to one that cannot read it; where a rollback must stay
 * possible, release the reader first and the writer in the release after.
 */
package se.oroshub.hub.state;
