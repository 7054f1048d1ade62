package se.oroshub.connector.healthcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one FHIR R4 context of the application: it is expensive to build and safe to share. HAPI scans each resource
 * type's model on first use; the types this connector reads and writes are scanned at start-up instead, so the first
 * submission is not the one that pays for it.
 */
@Configuration(proxyBeanMethods = false)
public class FhirConfiguration {

    private static final List<String> RESOURCE_TYPES = List.of("Bundle", "MessageHeader", "Communication", "Patient",
            "Organization", "PractitionerRole", "Practitioner", "OperationOutcome", "Task");

    @Bean
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4Cached();
        RESOURCE_TYPES.forEach(context::getResourceDefinition);
        return context;
    }

    @Bean
    FhirCodec fhirCodec(FhirContext fhirContext) {
        FhirCodec codec = new FhirCodec(fhirContext);
        for (FhirFormat format : FhirFormat.values()) {
            String outcome = codec.encode(new OperationOutcome(), format);
            codec.parse(outcome, format);
            codec.parse(codec.encode(new Bundle().setType(Bundle.BundleType.COLLECTION), format), format);
        }
        return codec;
    }
}
