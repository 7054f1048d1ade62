package se.oroshub.hub;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import se.oroshub.hub.audit.AuditVerifyCommand;
import se.oroshub.hub.clearing.ClearingCommand;

/**
 * The hub's process: the Kafka Streams topology of {@link se.oroshub.hub.topology.HubTopology} run under Spring Boot,
 * with actuator health and metrics. Started with {@code --verify-audit} it instead reads the audit topic from the
 * beginning, verifies every hash chain and exits (see {@link AuditVerifyCommand}); with {@code --list-clearing} or
 * {@code --route-clearing} it runs the clearing desk's tools (see {@link ClearingCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

    /** The system property through which Avro 1.12 trusts generated classes. */
    static final String AVRO_TRUSTED_PACKAGES = "org.apache.avro.SERIALIZABLE_PACKAGES";

    /** Starts the hub, or runs one of its command-line tools when an argument selects it. */
    public static void main(String[] args) {
        if (System.getProperty(AVRO_TRUSTED_PACKAGES) == null) {
            System.setProperty(AVRO_TRUSTED_PACKAGES, "se.oroshub.schemas.avro");
        }
        if (Arrays.asList(args).contains(AuditVerifyCommand.FLAG)) {
            System.exit(AuditVerifyCommand.run(args, System.out));
        }
        if (ClearingCommand.selected(args)) {
            System.exit(ClearingCommand.run(args, System.out));
        }
        SpringApplication.run(HubApplication.class, args);
    }
}
