package se.oroshub.access.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority kept in one directory:
 *
 * <pre>
 *   ca.p12, ca.password                      the CA's key and certificate (never given to a client)
 *   truststore.p12, truststore.password      the CA's certificate, for every broker and client
 *   NAME.p12, NAME.password                  the key and certificate of principal NAME (CN=NAME)
 * </pre>
 *
 * The directory and every file are readable by their owner only (where the file system has POSIX permissions).
 * Opening an existing directory keeps its CA, and issuing for a principal that has a keystore keeps it.
 */
public final class LocalCertificateAuthority {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final String CA = "ca";
    private static final String TRUSTSTORE = "truststore";
    private static final String ALIAS = "key";
    private static final Duration CA_VALIDITY = Duration.ofDays(5 * 365);
    private static final Duration VALIDITY = Duration.ofDays(2 * 365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final PrivateKey caKey;
    private final X509Certificate caCertificate;

    private LocalCertificateAuthority(Path dir, PrivateKey caKey, X509Certificate caCertificate) {
        this.dir = dir;
        this.caKey = caKey;
        this.caCertificate = caCertificate;
    }

    /** Opens the CA in {@code dir}, creating the directory, the CA and the truststore if they are missing. */
    public static LocalCertificateAuthority open(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
            Path store = dir.resolve(CA + ".p12");
            LocalCertificateAuthority ca;
            if (Files.exists(store)) {
                String password = readPassword(dir.resolve(CA + ".password"));
                KeyStore keyStore = load(store, password);
                ca = new LocalCertificateAuthority(
                        dir, (PrivateKey) keyStore.getKey(ALIAS, password.toCharArray()), (X509Certificate)
                                keyStore.getCertificate(ALIAS));
            } else {
                KeyPair pair = keyPair();
                X500Name subject = name("oroshub local CA");
                Instant now = Instant.now();
                X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        subject,
                        serial(),
                        Date.from(now.minus(Duration.ofMinutes(5))),
                        Date.from(now.plus(CA_VALIDITY)),
                        subject,
                        pair.getPublic());
                JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                builder.addExtension(
                        Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
                X509Certificate certificate = sign(builder, pair.getPrivate());
                String password = newPassword();
                writeKeyStore(dir, CA, pair.getPrivate(), password, certificate);
                ca = new LocalCertificateAuthority(dir, pair.getPrivate(), certificate);
            }
            ca.writeTruststoreIfMissing();
            return ca;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot open the certificate authority in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The CA's certificate. */
    public X509Certificate certificate() {
        return caCertificate;
    }

    /**
     * The identity of {@code principal}: its keystore, issued now if it has none (CN = the principal, signed by this
     * CA, for client and server authentication, valid for {@code localhost} and {@code 127.0.0.1}).
     */
    public TlsIdentity issue(String principal) throws IOException {
        if (principal == null || !NAME.matcher(principal).matches() || principal.length() > 64) {
            throw new IllegalArgumentException("'" + principal + "' is not a principal name (lower-case letters,"
                    + " digits and '-', at most 64 characters)");
        }
        Path store = dir.resolve(principal + ".p12");
        if (!Files.exists(store)) {
            try {
                KeyPair pair = keyPair();
                Instant now = Instant.now();
                X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        caCertificate,
                        serial(),
                        Date.from(now.minus(Duration.ofMinutes(5))),
                        Date.from(now.plus(VALIDITY)),
                        name(principal),
                        pair.getPublic());
                JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                    KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                }));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")
                }));
                builder.addExtension(
                        Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
                builder.addExtension(
                        Extension.authorityKeyIdentifier,
                        false,
                        extensions.createAuthorityKeyIdentifier(caCertificate));
                X509Certificate certificate = sign(builder, caKey);
                writeKeyStore(dir, principal, pair.getPrivate(), newPassword(), certificate, caCertificate);
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IOException("cannot issue a certificate for " + principal + ": " + e.getMessage(), e);
            }
        }
        return identity(principal);
    }

    /** The identity of a principal already issued. */
    public TlsIdentity identity(String principal) throws IOException {
        Path store = dir.resolve(principal + ".p12");
        if (!Files.exists(store)) {
            throw new IOException("no keystore for " + principal + " in " + dir);
        }
        return new TlsIdentity(
                principal,
                store,
                readPassword(dir.resolve(principal + ".password")),
                dir.resolve(TRUSTSTORE + ".p12"),
                readPassword(dir.resolve(TRUSTSTORE + ".password")));
    }

    private void writeTruststoreIfMissing() throws IOException, GeneralSecurityException {
        Path store = dir.resolve(TRUSTSTORE + ".p12");
        if (Files.exists(store)) {
            return;
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(CA, caCertificate);
        String password = newPassword();
        writePassword(dir.resolve(TRUSTSTORE + ".password"), password);
        writeStore(store, trust, password);
    }

    private static void writeKeyStore(Path dir, String name, PrivateKey key, String password, X509Certificate... chain)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, password.toCharArray(), (Certificate[]) chain);
        writePassword(dir.resolve(name + ".password"), password);
        writeStore(dir.resolve(name + ".p12"), store, password);
    }

    private static void writeStore(Path target, KeyStore store, String password)
            throws IOException, GeneralSecurityException {
        Path temporary =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        ownerOnly(temporary, "rw-------");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password.toCharArray());
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writePassword(Path file, String password) throws IOException {
        Path temporary =
                Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        ownerOnly(temporary, "rw-------");
        Files.writeString(temporary, password, StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String readPassword(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    private static KeyStore load(Path file, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM);
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
