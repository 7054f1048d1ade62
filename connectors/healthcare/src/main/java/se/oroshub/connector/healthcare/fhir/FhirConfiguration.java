package se.oroshub.connector.healthcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one FHIR R4 context of the application: it is expensive to build and safe to share. */
@Configuration(proxyBeanMethods = false)
public class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    FhirCodec fhirCodec(FhirContext fhirContext) {
        return new FhirCodec(fhirContext);
    }
}
