package se.oroshub.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The issuer's RSA signing key: generated at start, or kept in a file (owner-only permissions) so tokens stay valid
 * across restarts of the local runtime. Never packaged, never committed.
 */
final class SigningKey {

    private SigningKey() {}

    /** The key in {@code file}, generating and writing it there first when the file does not exist. */
    static RSAKey loadOrCreate(Path file) {
        if (file == null) {
            return generate();
        }
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temporary = Files.createTempFile(parent, ".signing-key", ".tmp");
            setOwnerOnly(temporary);
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write the signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the signing key file " + file + " is no RSA JWK", e);
        }
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a signing key", e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: the directory's own permissions protect the key
        }
    }
}
