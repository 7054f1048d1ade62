package se.oroshub.hub.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.oroshub.hub.rules.linking.LinkEntry;

/**
 * The binary codec of the child-link store's values: the list of {@link LinkEntry} kept under one (municipality,
 * pseudonym).
 *
 * <p>Format, version 1, big-endian: byte version (1); int count; per entry: UTF reportId, long epoch seconds, int
 * nanos. Ids and times only.
 */
final class LinkEntriesCodec {

    /** The format version written first. */
    static final byte VERSION = 1;

    private LinkEntriesCodec() {}

    /** Encodes a list of entries. */
    static byte[] encode(List<LinkEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + entries.size() * 52);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(entries.size());
            for (LinkEntry entry : entries) {
                out.writeUTF(entry.reportId());
                out.writeLong(entry.acceptedAt().getEpochSecond());
                out.writeInt(entry.acceptedAt().getNano());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes entries written by {@link #encode}.
     *
     * @throws IllegalArgumentException if the bytes are not such a list
     */
    static List<LinkEntry> decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown link entries format version " + version);
            }
            int count = in.readInt();
            if (count < 0 || count > data.length) {
                throw new IllegalArgumentException("corrupt link entries: count " + count);
            }
            List<LinkEntry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = in.readUTF();
                entries.add(new LinkEntry(id, Instant.ofEpochSecond(in.readLong(), in.readInt())));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("corrupt link entries: trailing bytes");
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt link entries: " + e.getMessage(), e);
        }
    }
}
