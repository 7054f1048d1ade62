package se.oroshub.connector.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.testsupport.KafkaTestEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The school connector's JSON API end to end on the real broker: what it accepts is on INTAKE, what the hub says shows. */
class SchoolConnectorIT extends RunningSchoolConnector {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        String password = user + "-demo";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode submit(String personalIdentityNumber) throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/v1/reports",
                "anna",
                TestReports.reportJson(personalIdentityNumber, "Eleven berättade att pappa slog henne i helgen."));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    @Test
    void anAcceptedReportIsOnTheIntakeTopicWithTheDigestTheReceiptNames(KafkaTestEnvironment kafka) throws Exception {
        String number = TestReports.childNumber();

        JsonNode receipt = submit(number);
        String reportId = receipt.get("reportId").asString();

        ConcernReport published = onIntake(kafka, reportId)
                .orElseThrow(() -> new AssertionError("report " + reportId + " is not on the intake topic"));
        assertThat(ContentDigest.sha256Hex(published))
                .isEqualTo(receipt.get("contentDigest").asString());
        assertThat(published.getChild().getPersonalIdentityNumber()).isEqualTo(number.replace("-", ""));
        assertThat(published.getReporter().getOrganisation().getId()).isEqualTo(TestReports.KVARNBACKA);
        assertThat(published.getConnectorId()).isEqualTo("school");
        assertThat(receipt.get("acceptedAt").asString())
                .isEqualTo(published.getSubmittedAt().toString());

        HttpResponse<String> fetched = send("GET", "/api/v1/reports/" + reportId + "/receipt", "anna", null);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(json.readTree(fetched.body())).isEqualTo(receipt);
    }

    @Test
    void aReportTheContractRejectsIsAnsweredFieldByFieldAndNotPublished() throws Exception {
        String malformedNumber = TestReports.childNumber().substring(0, 12) + "X";

        HttpResponse<String> response =
                send("POST", "/api/v1/reports", "anna", TestReports.reportJson(malformedNumber, ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(e ->
                                e.get("field").asString() + "=" + e.get("code").asString()))
                .containsExactlyInAnyOrder(
                        "child.personalIdentityNumber=invalid_personal_identity_number",
                        "observations[0].description=missing_field");
        assertThat(response.body()).doesNotContain(malformedNumber);
    }

    @Test
    void theDecisionTheHubPublishesAppearsUnderMyReportsOfThatSchoolOnly(KafkaTestEnvironment kafka) throws Exception {
        String reportId = submit(TestReports.childNumber()).get("reportId").asString();

        publishFeedback(
                kafka, TestReports.notification(reportId, TestReports.KVARNBACKA, InvestigationDecision.OPENED));

        await().atMost(PATIENCE).until(() -> decisionOf(reportId, "anna") != null);
        JsonNode mine = decisionOf(reportId, "anna");
        assertThat(mine.get("decision").asString()).isEqualTo("OPENED");
        assertThat(mine.get("decisionDate").asString()).isEqualTo("2026-12-01");

        HttpResponse<String> otherSchool = send("GET", "/api/v1/reports", "erik", null);
        assertThat(otherSchool.statusCode()).isEqualTo(200);
        assertThat(otherSchool.body()).doesNotContain(reportId);
        assertThat(send("GET", "/api/v1/reports/" + reportId + "/receipt", "erik", null)
                        .statusCode())
                .isEqualTo(404);
    }

    private JsonNode decisionOf(String reportId, String user) throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/reports", user, null);
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode report : json.readTree(response.body())) {
            if (reportId.equals(report.get("receipt").get("reportId").asString())
                    && !report.get("decision").isNull()) {
                return report.get("decision");
            }
        }
        return null;
    }
}
