package se.oroshub.casemanagement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A stand-in case-management system (verksamhetssystem) for the local runtime and demos: it implements the
 * receiving side of the social-services connector's HTTP contract and can post status events back to the connector.
 */
@SpringBootApplication
public class CaseManagementSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseManagementSimulatorApplication.class, args);
    }
}
