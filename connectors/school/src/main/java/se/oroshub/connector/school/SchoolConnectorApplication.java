package se.oroshub.connector.school;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.oroshub.connector.support.ConnectorApplication;

/** The school connector: JSON API and staff pages on port 8181. */
@SpringBootApplication
public class SchoolConnectorApplication {

    public static void main(String[] args) {
        ConnectorApplication.run(SchoolConnectorApplication.class, args);
    }
}
