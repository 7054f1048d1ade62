package se.oroshub.schemas.digest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * The digest a receipt carries: SHA-256 over the canonical bytes of exactly what was accepted. The canonical bytes of
 * a record are its Avro binary encoding under its own schema (no wire-format header, no schema id), so the submitter,
 * the hub and social services can each recompute the digest from the record and prove what was received.
 */
public final class ContentDigest {

    /** The algorithm name carried in receipts. */
    public static final String ALGORITHM = "SHA-256";

    /** One writer per record class: building a writer resolves the class's schema, which costs more than writing. */
    private static final ClassValue<SpecificDatumWriter<SpecificRecord>> WRITERS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected SpecificDatumWriter<SpecificRecord> computeValue(Class<?> type) {
            return new SpecificDatumWriter<>((Class<SpecificRecord>) type);
        }
    };

    private ContentDigest() {}

    /** Hex SHA-256 of the record's canonical bytes. */
    public static String sha256Hex(SpecificRecord record) {
        return sha256Hex(canonicalBytes(record));
    }

    /** Hex SHA-256 of raw bytes (e.g. an undecodable record's original value). */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + ALGORITHM, e);
        }
    }

    /** The Avro binary encoding of the record under its own schema. */
    public static byte[] canonicalBytes(SpecificRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            WRITERS.get(record.getClass()).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + record.getSchema().getFullName(), e);
        }
        return out.toByteArray();
    }
}
