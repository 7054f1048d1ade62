package se.oroshub.issuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A development OpenID Connect provider for the local runtime and the tests: it signs in the demo people of its
 * directory for the connectors' pages and issues access tokens to the machine clients (case-management, police and
 * health-record systems) by client credentials. Production uses the municipality's or region's identity provider.
 */
@SpringBootApplication
public class IdentityIssuerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityIssuerApplication.class, args);
    }
}
