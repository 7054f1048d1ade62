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
import se.oroshub.hub.rules.deadline.Deadline;
import se.oroshub.hub.rules.deadline.ReportClock;
import se.oroshub.schemas.avro.DeadlineKind;

/**
 * The binary codec of the deadline clock store's values, {@link ReportClock}.
 *
 * <p>Format, version 2, big-endian ({@link DataOutputStream}): byte version (2); UTF reportId; boolean
 * hasMunicipality [UTF municipalityCode] (none while the report waits in clearing); boolean acute; instant acceptedAt;
 * boolean stopped [instant stoppedAt]; int count; per deadline: UTF kind name, instant dueAt, boolean satisfied
 * [instant satisfiedAt], boolean deviationEmitted. An instant is long epoch seconds and int nanos. Version 1, written
 * before clearing had a clock, is version 2 with the municipality always present and no presence flag; it is still
 * read. The clock holds no personal data: ids, codes and times only.
 */
final class ReportClockCodec {

    /** The format version written first. */
    static final byte VERSION = 2;
    /** The first format, still read: the municipality always present, without a presence flag. */
    static final byte VERSION_1 = 1;

    private ReportClockCodec() {}

    /** Encodes a clock. */
    static byte[] encode(ReportClock clock) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(clock.reportId());
            out.writeBoolean(clock.municipalityCode() != null);
            if (clock.municipalityCode() != null) {
                out.writeUTF(clock.municipalityCode());
            }
            out.writeBoolean(clock.acute());
            writeInstant(out, clock.acceptedAt());
            writeOptionalInstant(out, clock.stoppedAt());
            out.writeInt(clock.deadlines().size());
            for (Deadline deadline : clock.deadlines()) {
                out.writeUTF(deadline.kind().name());
                writeInstant(out, deadline.dueAt());
                writeOptionalInstant(out, deadline.satisfiedAt());
                out.writeBoolean(deadline.deviationEmitted());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes a clock written by {@link #encode}.
     *
     * @throws IllegalArgumentException if the bytes are not a clock of a known version
     */
    static ReportClock decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte version = in.readByte();
            if (version != VERSION && version != VERSION_1) {
                throw new IllegalArgumentException("unknown report clock format version " + version);
            }
            String reportId = in.readUTF();
            String municipality = version == VERSION_1 || in.readBoolean() ? in.readUTF() : null;
            boolean acute = in.readBoolean();
            Instant acceptedAt = readInstant(in);
            Instant stoppedAt = readOptionalInstant(in);
            int count = in.readInt();
            if (count < 0 || count > DeadlineKind.values().length) {
                throw new IllegalArgumentException("corrupt report clock: " + count + " deadlines");
            }
            List<Deadline> deadlines = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                DeadlineKind kind = DeadlineKind.valueOf(in.readUTF());
                Instant due = readInstant(in);
                Instant satisfied = readOptionalInstant(in);
                deadlines.add(new Deadline(kind, due, satisfied, in.readBoolean()));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("corrupt report clock: trailing bytes");
            }
            return new ReportClock(reportId, municipality, acute, acceptedAt, stoppedAt, deadlines);
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt report clock: " + e.getMessage(), e);
        }
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static void writeOptionalInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            writeInstant(out, instant);
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static Instant readOptionalInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? readInstant(in) : null;
    }
}
