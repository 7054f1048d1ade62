package se.oroshub.connector.healthcare.config;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.oroshub.connector.healthcare.fhir.FhirCodec;
import se.oroshub.connector.healthcare.fhir.FhirFormat;
import se.oroshub.connector.healthcare.intake.ConcernReportTranslator;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.schemas.validation.ConcernReportValidator;

/**
 * Wires the healthcare connector: the one FHIR R4 context and its codec, and the FHIR-to-contract translation on the
 * reporting module's validator, the clock and the connector id. Everything shared comes from the reporting and
 * support auto-configurations.
 */
@Configuration(proxyBeanMethods = false)
public class HealthcareConnectorConfiguration {

    private static final List<String> RESOURCE_TYPES = List.of(
            "Bundle",
            "MessageHeader",
            "Communication",
            "Patient",
            "Organization",
            "PractitionerRole",
            "Practitioner",
            "OperationOutcome",
            "Task");

    /**
     * The one FHIR R4 context of the application: it is expensive to build and safe to share. HAPI scans each resource
     * type's model on first use; the types this connector reads and writes are scanned at start-up instead, so the
     * first submission is not the one that pays for it.
     */
    @Bean
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4Cached();
        RESOURCE_TYPES.forEach(context::getResourceDefinition);
        return context;
    }

    /** The codec, warmed up in both formats for the same reason. */
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

    @Bean
    ConcernReportTranslator concernReportTranslator(
            ConcernReportValidator validator, ConnectorProperties connector, Clock clock) {
        return new ConcernReportTranslator(validator, connector.id(), clock);
    }
}
