package se.oroshub.connector.support;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a connector application. Use it from {@code main}:
 *
 * <pre>
 * public static void main(String[] args) {
 *     ConnectorApplication.run(SchoolConnectorApplication.class, args);
 * }
 * </pre>
 */
public final class ConnectorApplication {

    /** The system property with which Avro 1.12 trusts generated classes for deserialisation. */
    public static final String AVRO_TRUSTED_PACKAGES_PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";

    /** The package of the contract's generated Avro classes. */
    public static final String CONTRACT_PACKAGE = "se.oroshub.schemas.avro";

    private ConnectorApplication() {}

    /** Trusts the contract's generated classes (unless the property is already set), then runs the application. */
    public static ConfigurableApplicationContext run(Class<?> application, String... args) {
        trustContractClasses();
        return SpringApplication.run(application, args);
    }

    /**
     * Sets {@value #AVRO_TRUSTED_PACKAGES_PROPERTY} to {@value #CONTRACT_PACKAGE} if it is absent; an operator's own
     * value is kept.
     */
    public static void trustContractClasses() {
        if (System.getProperty(AVRO_TRUSTED_PACKAGES_PROPERTY) == null) {
            System.setProperty(AVRO_TRUSTED_PACKAGES_PROPERTY, CONTRACT_PACKAGE);
        }
    }
}
