package se.oroshub.hub.state;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import se.oroshub.hub.rules.audit.AuditHead;
import se.oroshub.hub.rules.deadline.ReportClock;
import se.oroshub.hub.rules.linking.LinkEntry;
import se.oroshub.schemas.avro.UnroutableReport;

/**
 * Serdes of the hub's state-store values, one per store, each under the store format policy of this package: every
 * value starts with its format version, and every version a store has held is still read.
 */
public final class StateSerdes {

    private StateSerdes() {}

    /** The ledger of accepted reports ({@code LedgerEntryCodec}). */
    public static Serde<ReportLedgerEntry> ledger() {
        return codec(LedgerEntryCodec::encode, LedgerEntryCodec::decode);
    }

    /** Deadline clocks ({@code ReportClockCodec}). */
    public static Serde<ReportClock> clocks() {
        return codec(ReportClockCodec::encode, ReportClockCodec::decode);
    }

    /** The report ids of the deadline due index ({@code DueIndexCodec}). */
    public static Serde<String> dueIndex() {
        return codec(DueIndexCodec::encode, DueIndexCodec::decode);
    }

    /** Earlier-report entries under one (municipality, pseudonym) ({@code LinkEntriesCodec}). */
    public static Serde<List<LinkEntry>> linkEntries() {
        return codec(LinkEntriesCodec::encode, LinkEntriesCodec::decode);
    }

    /** Audit chain heads ({@code AuditHeadCodec}). */
    public static Serde<AuditHead> auditHeads() {
        return codec(AuditHeadCodec::encode, AuditHeadCodec::decode);
    }

    /**
     * Reports waiting in clearing ({@code WaitingInClearingCodec}).
     *
     * @param wire the contract's wire-format serde, configured with the schema registry
     */
    public static Serde<UnroutableReport> waitingInClearing(Serde<UnroutableReport> wire) {
        WaitingInClearingCodec codec = new WaitingInClearingCodec(wire);
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : codec.encode(topic, value),
                (topic, bytes) -> bytes == null ? null : codec.decode(topic, bytes));
    }

    private static <T> Serde<T> codec(Function<T, byte[]> encode, Function<byte[], T> decode) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : encode.apply(value),
                (topic, bytes) -> bytes == null ? null : decode.apply(bytes));
    }
}
