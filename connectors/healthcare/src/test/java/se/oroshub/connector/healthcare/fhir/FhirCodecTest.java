package se.oroshub.connector.healthcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.healthcare.Fixtures;

class FhirCodecTest {

    private final FhirCodec codec = new FhirCodec(FhirContext.forR4Cached());

    @Test
    void readsAValidBundleWithoutIssues() {
        FhirCodec.Parsed parsed = codec.parse(Fixtures.read("valid-bundle.json"), FhirFormat.JSON);

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.resource()).get().isInstanceOf(Bundle.class);
    }

    @Test
    void malformedJsonIsOneStructureIssueWithoutQuotingTheBody() {
        FhirCodec.Parsed parsed = codec.parse(Fixtures.read("malformed.json"), FhirFormat.JSON);

        assertThat(parsed.resource()).isEmpty();
        assertThat(parsed.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("malformed_content");
            assertThat(issue.type()).isEqualTo(IssueType.STRUCTURE);
            assertThat(issue.expression()).isEmpty();
            assertThat(issue.diagnostics()).doesNotContain(Fixtures.CHILD_PNR).doesNotContain("urn:uuid");
        });
    }

    @Test
    void everyUnknownElementIsReportedNotOnlyTheFirst() {
        String body = """
                {"resourceType": "Patient", "shoeSize": 31, "identifier": [{"system": "x", "value": "y", "label": "z"}]}
                """;

        FhirCodec.Parsed parsed = codec.parse(body, FhirFormat.JSON);

        assertThat(parsed.issues()).extracting(Issue::code).containsExactly("unknown_element", "unknown_element");
        assertThat(parsed.issues())
                .extracting(Issue::diagnostics)
                .anySatisfy(d -> assertThat(d).contains("shoeSize"))
                .anySatisfy(d -> assertThat(d).contains("label"));
        assertThat(parsed.issues()).allMatch(Issue::isStructural);
    }

    @Test
    void anInvalidPrimitiveIsAnIssueThatDoesNotRepeatTheValue() {
        String body = """
                {"resourceType": "Patient", "birthDate": "2015-13-45"}
                """;

        FhirCodec.Parsed parsed = codec.parse(body, FhirFormat.JSON);

        assertThat(parsed.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("invalid_value");
            assertThat(issue.diagnostics()).doesNotContain("2015-13-45");
        });
    }

    @Test
    void anUnknownResourceTypeIsNamedAsSuch() {
        FhirCodec.Parsed parsed = codec.parse("{\"resourceType\": \"Orosanmalan\"}", FhirFormat.JSON);

        assertThat(parsed.issues()).extracting(Issue::code).containsExactly("unknown_resource_type");
    }

    @Test
    void anEmptyBodyIsAnIssue() {
        assertThat(codec.parse("  ", FhirFormat.JSON).issues())
                .extracting(Issue::code)
                .containsExactly("empty_body");
    }

    @Test
    void xmlRoundTrips() {
        Bundle bundle = (Bundle) codec.parse(Fixtures.read("valid-bundle.json"), FhirFormat.JSON)
                .resource()
                .orElseThrow();

        FhirCodec.Parsed again = codec.parse(codec.encode(bundle, FhirFormat.XML), FhirFormat.XML);

        assertThat(again.issues()).isEmpty();
        assertThat(((Bundle) again.resource().orElseThrow()).getEntry())
                .hasSize(bundle.getEntry().size());
    }
}
