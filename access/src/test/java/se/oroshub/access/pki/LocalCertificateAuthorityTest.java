package se.oroshub.access.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCertificateAuthorityTest {

    @TempDir
    Path dir;

    private static X509Certificate certificateOf(TlsIdentity identity) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(identity.keystore())) {
            store.load(in, identity.keystorePassword().toCharArray());
        }
        return (X509Certificate) store.getCertificate(store.aliases().nextElement());
    }

    @Test
    void aPrincipalsCertificateNamesItAndIsSignedByTheCa() throws Exception {
        LocalCertificateAuthority ca = LocalCertificateAuthority.open(dir);
        X509Certificate certificate = certificateOf(ca.issue("oroshub-connector-school"));
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=oroshub-connector-school");
        certificate.verify(ca.certificate().getPublicKey());
        assertThat(certificate.getSubjectAlternativeNames())
                .extracting(san -> (Object) san.get(1))
                .containsExactlyInAnyOrder("localhost", "127.0.0.1");
        assertThat(certificate.getExtendedKeyUsage())
                .contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"); // server and client authentication
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    }

    @Test
    void theTruststoreHoldsOnlyTheCa() throws Exception {
        LocalCertificateAuthority ca = LocalCertificateAuthority.open(dir);
        TlsIdentity identity = ca.issue("oroshub-hub");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(identity.truststore())) {
            trust.load(in, identity.truststorePassword().toCharArray());
        }
        assertThat(trust.size()).isEqualTo(1);
        assertThat(trust.getCertificate(trust.aliases().nextElement())).isEqualTo(ca.certificate());
        assertThat(trust.isKeyEntry(trust.aliases().nextElement())).isFalse();
    }

    @Test
    void everyFileIsReadableByItsOwnerOnlyAndEveryPasswordIsRandom() throws Exception {
        LocalCertificateAuthority ca = LocalCertificateAuthority.open(dir);
        TlsIdentity hub = ca.issue("oroshub-hub");
        TlsIdentity school = ca.issue("oroshub-connector-school");
        assertThat(Files.getPosixFilePermissions(dir))
                .containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(Files.getPosixFilePermissions(file))
                        .as(file.getFileName().toString())
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
        }
        assertThat(List.of(hub.keystorePassword(), school.keystorePassword(), hub.truststorePassword()))
                .doesNotHaveDuplicates()
                .allMatch(p -> p.length() >= 32);
    }

    @Test
    void openingAndIssuingAgainKeepsWhatExists() throws Exception {
        LocalCertificateAuthority first = LocalCertificateAuthority.open(dir);
        TlsIdentity issued = first.issue("oroshub-hub");
        X509Certificate certificate = certificateOf(issued);

        LocalCertificateAuthority again = LocalCertificateAuthority.open(dir);
        TlsIdentity reissued = again.issue("oroshub-hub");
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(reissued.keystorePassword()).isEqualTo(issued.keystorePassword());
        assertThat(certificateOf(reissued)).isEqualTo(certificate);
    }

    @Test
    void aNameThatIsNoPrincipalGetsNoCertificate() throws Exception {
        LocalCertificateAuthority ca = LocalCertificateAuthority.open(dir);
        assertThatThrownBy(() -> ca.issue("CN=admin,O=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ca.issue("../ca")).isInstanceOf(IllegalArgumentException.class);
    }
}
