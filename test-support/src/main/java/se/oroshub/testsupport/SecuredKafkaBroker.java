package se.oroshub.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft broker in the test JVM that lets in only clients with a certificate of its CA and lets
 * them do only what the access control lists allow, as the hub's cluster does in production:
 *
 * <ul>
 *   <li>every listener (the clients' and the controller's) speaks TLS and requires a client certificate
 *       ({@code ssl.client.auth=required}), so there is no plaintext port and no anonymous user;</li>
 *   <li>a client's principal is the CN of its certificate ({@code ssl.principal.mapping.rules});</li>
 *   <li>KRaft's {@code StandardAuthorizer} decides every request, denying whatever no ACL allows
 *       ({@code allow.everyone.if.no.acl.found=false}); the broker's own principal, which it also presents to its
 *       controller, is the only super user.</li>
 * </ul>
 *
 * The certificates come from the caller (keystore and truststore settings as {@code ssl.*} properties), so this
 * module depends on no certificate authority. The unsecured broker of {@link RealKafka} stays as it is for every other
 * test. Used by {@code BrokerAccessIT} in the access module.
 */
public final class SecuredKafkaBroker implements AutoCloseable {

    /** Maps a certificate's subject DN to its CN, the principal's name in every ACL. */
    public static final String PRINCIPAL_MAPPING_RULES = "RULE:^CN=([^,]+)(,.*)?$/$1/,DEFAULT";

    private static final String CLIENT_LISTENER = "EXTERNAL";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaClusterTestKit cluster;

    private SecuredKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /**
     * Starts the broker.
     *
     * @param brokerPrincipal the CN of the broker's certificate: its super user
     * @param brokerSsl       the broker's {@code ssl.keystore.*} and {@code ssl.truststore.*} settings (PKCS#12), the
     *                        keystore's certificate valid for {@code localhost}
     */
    public static SecuredKafkaBroker start(String brokerPrincipal, Map<String, String> brokerSsl) {
        Objects.requireNonNull(brokerPrincipal, "brokerPrincipal");
        KafkaClusterTestKit cluster = null;
        try {
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build());
            EmbeddedKraftBackend.BROKER_SETTINGS.forEach(builder::setConfigProp);
            brokerSsl.forEach(builder::setConfigProp);
            // The test kit's nodes accept only PLAINTEXT and SASL_PLAINTEXT, but it keeps a protocol map of ours:
            // both of its listeners (EXTERNAL for clients, CONTROLLER for KRaft) speak TLS.
            builder.setConfigProp(
                    "listener.security.protocol.map",
                    CLIENT_LISTENER + ":" + SecurityProtocol.SSL.name + "," + CONTROLLER_LISTENER + ":"
                            + SecurityProtocol.SSL.name);
            builder.setConfigProp("ssl.client.auth", "required");
            builder.setConfigProp("ssl.endpoint.identification.algorithm", "https");
            builder.setConfigProp("ssl.principal.mapping.rules", PRINCIPAL_MAPPING_RULES);
            builder.setConfigProp("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            builder.setConfigProp("allow.everyone.if.no.acl.found", "false");
            builder.setConfigProp("super.users", "User:" + brokerPrincipal);
            cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new SecuredKafkaBroker(cluster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(cluster);
            throw new IllegalStateException("interrupted while starting the secured Kafka broker", e);
        } catch (Exception e) {
            closeQuietly(cluster);
            throw new IllegalStateException("the secured Kafka broker did not start: " + e.getMessage(), e);
        }
    }

    /** The TLS listener's {@code host:port}. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /**
     * Settings of a client that presents the certificate of {@code clientSsl} ({@code ssl.keystore.*} and
     * {@code ssl.truststore.*}): bootstrap servers, {@code security.protocol=SSL} and those settings.
     */
    public Map<String, Object> clientProperties(Map<String, String> clientSsl) {
        Map<String, Object> properties = new HashMap<>(clientSsl);
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SSL.name);
        return properties;
    }

    @Override
    public void close() {
        closeQuietly(cluster);
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the broker is going away with the JVM; nothing left to release
        }
    }
}
