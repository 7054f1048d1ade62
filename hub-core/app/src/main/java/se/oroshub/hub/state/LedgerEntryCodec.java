package se.oroshub.hub.state;

import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codec of the ledger store's values, {@link ReportLedgerEntry}, as JSON behind the format version: readable in
 * the changelog, and unknown fields are ignored when reading.
 *
 * <p>Version 1: byte version (1), then the entry as a UTF-8 JSON object. Version 0, written before the store had a
 * version byte, is the JSON object alone; its first byte, {@code '{'}, is no version, so it is still read.
 */
final class LedgerEntryCodec {

    /** The format version written. */
    static final byte VERSION = 1;
    /** The first byte of a version 0 value: the opening brace of its JSON object. */
    private static final byte VERSION_0_START = '{';

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private LedgerEntryCodec() {}

    /** Encodes an entry. */
    static byte[] encode(ReportLedgerEntry entry) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(entry);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot write the ledger entry of report " + entry.reportId(), e);
        }
        byte[] bytes = new byte[json.length + 1];
        bytes[0] = VERSION;
        System.arraycopy(json, 0, bytes, 1, json.length);
        return bytes;
    }

    /**
     * Decodes an entry of any version this codec has written.
     *
     * @throws IllegalArgumentException if the bytes are not an entry of a known version
     */
    static ReportLedgerEntry decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("corrupt report ledger entry: no bytes");
        }
        if (bytes[0] == VERSION) {
            return read(Arrays.copyOfRange(bytes, 1, bytes.length));
        }
        if (bytes[0] == VERSION_0_START) {
            return read(bytes);
        }
        throw new IllegalArgumentException("unknown report ledger format version " + bytes[0]);
    }

    private static ReportLedgerEntry read(byte[] json) {
        try {
            return MAPPER.readValue(json, ReportLedgerEntry.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("corrupt report ledger entry", e);
        }
    }
}
