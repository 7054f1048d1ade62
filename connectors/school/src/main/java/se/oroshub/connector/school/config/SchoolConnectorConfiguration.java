package se.oroshub.connector.school.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.oroshub.connector.school.report.SchoolReportMapper;
import se.oroshub.connector.support.ConnectorProperties;

/** The school connector's own beans; everything shared comes from the reporting and support auto-configurations. */
@Configuration(proxyBeanMethods = false)
public class SchoolConnectorConfiguration {

    @Bean
    SchoolReportMapper schoolReportMapper(ConnectorProperties connector, Clock clock) {
        return new SchoolReportMapper(connector.id(), clock);
    }

    @Bean
    OpenAPI schoolOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("School connector")
                        .version("v1")
                        .description("File concern reports (orosanmälningar) about children and follow their receipts"
                                + " and the decision social services may share (investigation opened, not opened, or"
                                + " already ongoing). Call with a bearer token (OAuth2, JWT) of the school's identity"
                                + " provider, issued to a member of staff or the school's system with the reporter"
                                + " role and this connector as audience; every answer concerns your own school unit"
                                + " only."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }
}
