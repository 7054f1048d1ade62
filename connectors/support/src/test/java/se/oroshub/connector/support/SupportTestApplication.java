package se.oroshub.connector.support;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare application on the support module's auto-configuration, as a connector would be. */
@SpringBootApplication
class SupportTestApplication {
}
