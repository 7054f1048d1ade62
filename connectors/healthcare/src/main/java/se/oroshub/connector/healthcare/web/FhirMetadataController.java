package se.oroshub.connector.healthcare.web;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import se.oroshub.connector.healthcare.fhir.FhirFormat;

/** {@code GET /fhir/metadata}: what this FHIR endpoint offers, so FHIR clients can discover it. */
@RestController
class FhirMetadataController {

    private final FhirHttp http;
    private final CapabilityStatement capabilities = capabilities();

    FhirMetadataController(FhirHttp http) {
        this.http = http;
    }

    @GetMapping("/fhir/metadata")
    ResponseEntity<String> metadata(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return http.respond(HttpStatus.OK, capabilities, FhirHttp.responseFormat(accept, FhirFormat.JSON));
    }

    private static CapabilityStatement capabilities() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.setDescription("Concern reports about children (orosanmälningar) from healthcare to social services, "
                + "and the lawful feedback on them.");
        statement.addFormat(FhirFormat.JSON_VALUE).addFormat(FhirFormat.XML_VALUE);
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.addResource(resource("Bundle", List.of(TypeRestfulInteraction.CREATE)));
        rest.addResource(
                resource("Communication", List.of(TypeRestfulInteraction.CREATE, TypeRestfulInteraction.READ)));
        CapabilityStatementRestResourceComponent task =
                resource("Task", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE));
        task.addSearchParam()
                .setName("focus")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Communication/{report id}");
        rest.addResource(task);
        return statement;
    }

    private static CapabilityStatementRestResourceComponent resource(
            String type, List<TypeRestfulInteraction> interactions) {
        CapabilityStatementRestResourceComponent resource =
                new CapabilityStatementRestResourceComponent().setType(type);
        interactions.forEach(interaction -> resource.addInteraction().setCode(interaction));
        return resource;
    }
}
