package se.oroshub.connector.socialservices;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.oroshub.connector.support.ConnectorApplication;

/** The social-services connector: delivery to case-management systems, their status events, and the inbox. */
@SpringBootApplication
public class SocialServicesConnectorApplication {

    public static void main(String[] args) {
        ConnectorApplication.run(SocialServicesConnectorApplication.class, args);
    }
}
