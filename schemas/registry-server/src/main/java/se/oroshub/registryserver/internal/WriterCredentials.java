package se.oroshub.registryserver.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The principals that may change the registry (register, delete, set compatibility), from a properties file of
 * {@code name=hash} lines, where each hash is {@code pbkdf2-sha256:<iterations>:<salt>:<key>} (Base64) of the
 * principal's password: the file holds no password. {@link #hash} makes such a line's value.
 *
 * <p>Checks HTTP Basic credentials ({@code Authorization: Basic ...}) in constant time per principal; an unknown name
 * costs the same derivation as a known one, so a caller cannot tell names from timing.
 */
public final class WriterCredentials {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 256;
    private static final byte[] UNKNOWN_SALT = new byte[16];

    private final Map<String, String> hashes;

    private WriterCredentials(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    /**
     * Reads the file.
     *
     * @throws IllegalArgumentException naming the file and the line's principal when a hash is not usable, or when
     *     the file names no principal
     */
    public static WriterCredentials read(Path file) {
        Properties lines = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry's users file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> hashes = new TreeMap<>();
        for (String name : lines.stringPropertyNames()) {
            String hash = lines.getProperty(name).trim();
            if (parse(hash).isEmpty()) {
                throw new IllegalArgumentException("the registry's users file " + file + ": the entry of '" + name
                        + "' is not a " + SCHEME + " hash (make one with --hash-password)");
            }
            hashes.put(name, hash);
        }
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("the registry's users file " + file + " names no principal");
        }
        return new WriterCredentials(hashes);
    }

    /** The hash of a password, with a fresh random salt, as a users file holds it. */
    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /**
     * The principal an {@code Authorization} header proves, if it carries Basic credentials matching an entry.
     *
     * @param authorization the header's value, or null
     */
    public Optional<String> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        Optional<Hash> expected = Optional.ofNullable(hashes.get(name)).flatMap(WriterCredentials::parse);
        Hash hash = expected.orElse(new Hash(ITERATIONS, UNKNOWN_SALT, new byte[KEY_BITS / 8]));
        boolean matches = MessageDigest.isEqual(derive(password, hash.salt(), hash.iterations()), hash.key());
        return matches && expected.isPresent() ? Optional.of(name) : Optional.empty();
    }

    private record Hash(int iterations, byte[] salt, byte[] key) {}

    private static Optional<Hash> parse(String value) {
        String[] parts = value.split(":");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] key = Base64.getDecoder().decode(parts[3]);
            if (iterations < 10_000 || salt.length < 16 || key.length != KEY_BITS / 8) {
                return Optional.empty();
            }
            return Optional.of(new Hash(iterations, salt, key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, KEY_BITS))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", e);
        }
    }
}
