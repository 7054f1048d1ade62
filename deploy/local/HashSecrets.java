import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes each line of standard input (a generated password or client secret of the local runtime) in Spring
 * Security's DelegatingPasswordEncoder form {@code {pbkdf2@SpringSecurity_v5_8}<hex(salt, hash)>}: PBKDF2 with
 * HMAC-SHA256, 310,000 iterations, a 16-byte salt and a 256-bit hash, as Pbkdf2PasswordEncoder writes it. Run by
 * deploy/local/lib.sh as a single-file program ({@code java HashSecrets.java}), so the issuer's directory holds hashes
 * only.
 */
public class HashSecrets {

    public static void main(String[] args) throws Exception {
        SecureRandom random = new SecureRandom();
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            byte[] hash = pbkdf2.generateSecret(new PBEKeySpec(line.toCharArray(), salt, 310_000, 256))
                    .getEncoded();
            byte[] both = new byte[salt.length + hash.length];
            System.arraycopy(salt, 0, both, 0, salt.length);
            System.arraycopy(hash, 0, both, salt.length, hash.length);
            System.out.println("{pbkdf2@SpringSecurity_v5_8}" + HexFormat.of().formatHex(both));
        }
    }
}
