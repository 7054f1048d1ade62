package se.oroshub.connector.healthcare;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.oroshub.connector.support.ConnectorApplication;

/** The healthcare connector: concern reports in HL7 FHIR R4 in, lawful feedback as FHIR Tasks out. */
@SpringBootApplication
public class HealthcareConnectorApplication {

    public static void main(String[] args) {
        ConnectorApplication.run(HealthcareConnectorApplication.class, args);
    }
}
