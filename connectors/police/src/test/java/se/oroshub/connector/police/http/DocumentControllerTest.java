package se.oroshub.connector.police.http;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.connector.police.Fixtures.CHILD_PNR;
import static se.oroshub.connector.police.Fixtures.bytes;
import static se.oroshub.connector.police.Fixtures.replace;
import static se.oroshub.connector.police.Fixtures.validFull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import se.oroshub.connector.police.document.PoliceDocumentMapper;
import se.oroshub.connector.police.document.PoliceDocumentReader;
import se.oroshub.connector.police.intake.MaxDocumentSize;
import se.oroshub.connector.police.intake.PublishingDocumentIntake;
import se.oroshub.connector.police.intake.ReceiptLookup;
import se.oroshub.connector.police.intake.ReceiptRepresentation;
import se.oroshub.connector.police.intake.RecordingPublisher;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

/** How each outcome becomes an HTTP response; the full stack on a real broker is in {@code PoliceConnectorIT}. */
class DocumentControllerTest {

    private static final OrganisationId SODERMALM =
            new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "5000-LPO-SODERMALM");

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final DocumentController controller = new DocumentController(
            new PublishingDocumentIntake(
                    new PoliceDocumentReader(),
                    new PoliceDocumentMapper("police"),
                    publisher,
                    ReceiptLookup.NONE,
                    64 * 1024),
            () -> Optional.of(new OrganisationUser("polis", "Ärendesystem", "System", SODERMALM, "LPO Södermalm")),
            new MaxDocumentSize(64 * 1024),
            Clock.systemUTC());

    @Test
    void anAcceptedDocumentIs201WithAJsonReceiptByDefault() throws IOException {
        ResponseEntity<?> response = post(validFull(), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(response.getBody())
                .isInstanceOfSatisfying(
                        ReceiptRepresentation.class,
                        receipt -> assertThat(receipt.reportId())
                                .isEqualTo(publisher.acceptedReportIds().get(0)));
    }

    @Test
    void anXmlCallerGetsAnXmlReceipt() throws IOException {
        ResponseEntity<?> response = post(validFull(), "application/xml, application/json;q=0.5");

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_XML);
        assertThat((String) response.getBody())
                .contains("<reportId>" + publisher.acceptedReportIds().get(0));
    }

    @Test
    void anInvalidDocumentIs400NamingEachProblemWithItsPosition() throws IOException {
        String twoProblems = replace(
                replace(validFull(), "<category>NEGLECT</category>", "<category>X</category>"),
                "<municipalityOfRegistration>0180",
                "<municipalityOfRegistration>01800");

        ResponseEntity<?> response = post(twoProblems, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<Map<String, Object>> errors = errors(response);
        assertThat(errors)
                .extracting(e -> e.get("field"))
                .containsExactly(
                        "/concernReport/child/municipalityOfRegistration",
                        "/concernReport/observations/observation[2]/category");
        assertThat(errors).allSatisfy(e -> assertThat(e).containsKeys("line", "column", "code", "message"));
    }

    @Test
    void aContractProblemIs400NamingTheFieldAndCodeButNeverTheIdentityNumber() throws IOException {
        ResponseEntity<?> response = post(replace(validFull(), CHILD_PNR, "20120315-9982"), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).singleElement().satisfies(e -> {
            assertThat(e)
                    .containsEntry("field", "/concernReport/child/personalIdentityNumber")
                    .containsEntry("code", "invalid_personal_identity_number")
                    .doesNotContainKey("line");
        });
        assertThat(response.getBody().toString()).doesNotContain("9982").doesNotContain("20120315");
    }

    @Test
    void aDocumentForAnotherUnitIs403() throws IOException {
        ResponseEntity<?> response = post(replace(validFull(), "5000-LPO-SODERMALM", "1400-LPO-GOTEBORG"), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(publisher.accepted()).isEmpty();
    }

    @Test
    void noAcknowledgementIs503WithRetryAfter() throws IOException {
        publisher.setAvailable(false);

        ResponseEntity<?> response = post(validFull(), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", "intake_unavailable");
    }

    @Test
    void aBodyOverTheLimitIs400WithoutReadingItAll() throws IOException {
        ResponseEntity<?> response = post("<a>" + "x".repeat(70 * 1024) + "</a>", null);

        assertThat(errors(response)).extracting(e -> e.get("code")).containsExactly("document_too_large");
    }

    @Test
    void jsonIsPreferredUnlessTheCallerRanksXmlHigher() {
        assertThat(DocumentController.prefersXml(null)).isFalse();
        assertThat(DocumentController.prefersXml("*/*")).isFalse();
        assertThat(DocumentController.prefersXml("application/json")).isFalse();
        assertThat(DocumentController.prefersXml("application/xml")).isTrue();
        assertThat(DocumentController.prefersXml("text/xml")).isTrue();
        assertThat(DocumentController.prefersXml("application/json, application/xml"))
                .isFalse();
        assertThat(DocumentController.prefersXml("application/json;q=0.4, application/xml"))
                .isTrue();
        assertThat(DocumentController.prefersXml("not a media type")).isFalse();
    }

    private ResponseEntity<?> post(String document, String accept) throws IOException {
        return controller.submit(new ByteArrayInputStream(bytes(document)), accept);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ResponseEntity<?> response) {
        return (List<Map<String, Object>>)
                ((ProblemDetail) response.getBody()).getProperties().get("errors");
    }
}
