package se.oroshub.hub.rules.linking;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.identity.InvalidPersonalIdentityNumberException;
import se.oroshub.schemas.identity.PersonalIdentityNumber;
import se.oroshub.schemas.time.SwedishTime;

/**
 * A keyed pseudonym of a child, per municipality: {@code HMAC-SHA256(key_m, canonical number)} with
 * {@code key_m = HMAC-SHA256(master, municipality code)}. The same child gets the same pseudonym within one
 * municipality and unrelated pseudonyms in two municipalities, so one municipality's links can never reveal
 * another's reports; without the master secret the pseudonym cannot be tied back to the number.
 *
 * <p>Holds the master secret: {@link #toString()} never shows it, and no method returns it.
 */
public final class ChildPseudonym {

    private static final String HMAC = "HmacSHA256";
    /** The shortest master secret accepted, in bytes. */
    public static final int MINIMUM_SECRET_BYTES = 32;

    private final byte[] master;

    /**
     * @param masterSecret the master secret, at least {@value #MINIMUM_SECRET_BYTES} bytes; copied
     */
    public ChildPseudonym(byte[] masterSecret) {
        Objects.requireNonNull(masterSecret, "masterSecret");
        if (masterSecret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("master secret must be at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.master = masterSecret.clone();
    }

    /** The pseudonym (64 hex characters) of a child in one municipality. */
    public String of(String municipalityCode, PersonalIdentityNumber number) {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(number, "number");
        byte[] key = hmac(master, municipalityCode.getBytes(StandardCharsets.UTF_8));
        try {
            return HexFormat.of().formatHex(hmac(key, number.canonical().getBytes(StandardCharsets.US_ASCII)));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The pseudonym of the report's child in one municipality; empty when the report has no personal identity number
     * or it does not parse (such reports are not linked). The number is read as of the day the report was submitted
     * (Europe/Stockholm), so the result depends on the report alone.
     */
    public Optional<String> of(String municipalityCode, ConcernReport report) {
        String number = report.getChild() == null ? null : report.getChild().getPersonalIdentityNumber();
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(
                    municipalityCode,
                    PersonalIdentityNumber.parse(
                            number,
                            report.getSubmittedAt().atZone(SwedishTime.ZONE).toLocalDate())));
        } catch (InvalidPersonalIdentityNumberException invalid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "ChildPseudonym[HMAC-SHA256, master secret hidden]";
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
