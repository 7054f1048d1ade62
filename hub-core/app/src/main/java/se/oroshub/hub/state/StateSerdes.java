package se.oroshub.hub.state;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import se.oroshub.hub.rules.audit.AuditHead;
import se.oroshub.hub.rules.deadline.ReportClock;
import se.oroshub.hub.rules.linking.LinkEntry;

/** Serdes of the hub's state-store values. */
public final class StateSerdes {

    private StateSerdes() {
    }

    /** The ledger of accepted reports. */
    public static Serde<ReportLedgerEntry> ledger() {
        return JsonStateSerde.of(ReportLedgerEntry.class);
    }

    /** Deadline clocks ({@code ReportClockCodec}). */
    public static Serde<ReportClock> clocks() {
        return codec(ReportClockCodec::encode, ReportClockCodec::decode);
    }

    /** Earlier-report entries under one (municipality, pseudonym) ({@code LinkEntriesCodec}). */
    public static Serde<List<LinkEntry>> linkEntries() {
        return codec(LinkEntriesCodec::encode, LinkEntriesCodec::decode);
    }

    /** Audit chain heads ({@code AuditHeadCodec}). */
    public static Serde<AuditHead> auditHeads() {
        return codec(AuditHeadCodec::encode, AuditHeadCodec::decode);
    }

    private static <T> Serde<T> codec(Function<T, byte[]> encode, Function<byte[], T> decode) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : encode.apply(value),
                (topic, bytes) -> bytes == null ? null : decode.apply(bytes));
    }
}
