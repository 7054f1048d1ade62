package se.oroshub.connector.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare application on the support and reporting modules' auto-configurations, as a reporting connector would be. */
@SpringBootApplication
class ReportingTestApplication {}
