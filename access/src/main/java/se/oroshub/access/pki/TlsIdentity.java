package se.oroshub.access.pki;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a Kafka client or broker needs to authenticate as one principal: its keystore and the truststore of the CA.
 *
 * @param commonName the principal, the CN of the certificate
 */
public record TlsIdentity(
        String commonName, Path keystore, String keystorePassword, Path truststore, String truststorePassword) {

    /** The {@code ssl.*} settings of a Kafka client (or listener) presenting this identity. */
    public Map<String, String> sslProperties() {
        Map<String, String> ssl = new LinkedHashMap<>();
        ssl.put("ssl.keystore.type", "PKCS12");
        ssl.put("ssl.keystore.location", keystore.toString());
        ssl.put("ssl.keystore.password", keystorePassword);
        ssl.put("ssl.key.password", keystorePassword);
        ssl.put("ssl.truststore.type", "PKCS12");
        ssl.put("ssl.truststore.location", truststore.toString());
        ssl.put("ssl.truststore.password", truststorePassword);
        return ssl;
    }

    @Override
    public String toString() {
        return "TlsIdentity[" + commonName + ", " + keystore + "]";
    }
}
