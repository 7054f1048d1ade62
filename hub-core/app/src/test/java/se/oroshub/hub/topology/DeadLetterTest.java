package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.RejectedSubmission;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.schemas.validation.ConcernReportValidator;

/**
 * Never trust the edge: every invalid field, garbage bytes, an unknown schema and a wrong schema land on the
 * dead-letter topic with their stable reason code, the source position, and the digest and bytes of the original;
 * none of them stalls the partition, and none of them vanishes.
 */
class DeadLetterTest {

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid(
                        "report id that is not a UUID",
                        r -> r.setReportId("not-a-uuid"),
                        RejectionReason.INVALID_FIELD,
                        "reportId"),
                invalid(
                        "missing connector id",
                        r -> r.setConnectorId(" "),
                        RejectionReason.MISSING_FIELD,
                        "connectorId"),
                invalid(
                        "malformed personal identity number",
                        r -> r.getChild().setPersonalIdentityNumber("20180517-0000"),
                        RejectionReason.INVALID_PERSONAL_IDENTITY_NUMBER,
                        "child.personalIdentityNumber"),
                invalid(
                        "wrong check digit",
                        r -> r.getChild().setPersonalIdentityNumber(wrongCheckDigit()),
                        RejectionReason.INVALID_PERSONAL_IDENTITY_NUMBER,
                        "child.personalIdentityNumber"),
                invalid(
                        "unknown municipality of registration",
                        r -> r.getChild().setMunicipalityOfRegistration("0000"),
                        RejectionReason.UNKNOWN_MUNICIPALITY,
                        "child.municipalityOfRegistration"),
                invalid(
                        "unknown current municipality",
                        r -> r.getChild().setCurrentMunicipality("9999"),
                        RejectionReason.UNKNOWN_MUNICIPALITY,
                        "child.currentMunicipality"),
                invalid(
                        "anonymous mandatory reporter",
                        r -> r.getReporter().setName(null),
                        RejectionReason.ANONYMOUS_MANDATORY_REPORTER,
                        "reporter.name"),
                invalid(
                        "mandatory reporter without organisation",
                        r -> r.getReporter().setOrganisation(null),
                        RejectionReason.MISSING_REPORTING_ORGANISATION,
                        "reporter.organisation"),
                invalid(
                        "anonymous reporter carrying an identity",
                        r -> r.setReporter(Reporter.newBuilder()
                                .setKind(ReporterKind.ANONYMOUS)
                                .setPhone("070-0000000")
                                .build()),
                        RejectionReason.INVALID_FIELD,
                        "reporter"),
                invalid(
                        "no observations",
                        r -> r.setObservations(List.of()),
                        RejectionReason.NO_OBSERVATIONS,
                        "observations"),
                invalid(
                        "an observation without description",
                        r -> r.getObservations().get(0).setDescription(""),
                        RejectionReason.MISSING_FIELD,
                        "observations[0].description"),
                invalid(
                        "impossible date in the personal identity number",
                        r -> r.getChild().setPersonalIdentityNumber(impossibleMonth()),
                        RejectionReason.INVALID_PERSONAL_IDENTITY_NUMBER,
                        "child.personalIdentityNumber"),
                invalid(
                        "submission time days ahead of the hub's clock",
                        r -> r.setSubmittedAt(Instant.now().plus(Duration.ofDays(2))),
                        RejectionReason.INVALID_FIELD,
                        "submittedAt"),
                invalid(
                        "identified private reporter without a name",
                        r -> r.setReporter(Reporter.newBuilder()
                                .setKind(ReporterKind.PRIVATE_PERSON)
                                .setPhone("070-0000000")
                                .build()),
                        RejectionReason.MISSING_FIELD,
                        "reporter.name"),
                invalid(
                        "private reporter reporting for an organisation",
                        r -> r.getReporter().setKind(ReporterKind.PRIVATE_PERSON),
                        RejectionReason.INVALID_FIELD,
                        "reporter.organisation"),
                invalid(
                        "an observation longer than the maximum",
                        r -> r.getObservations()
                                .get(0)
                                .setDescription("x".repeat(ConcernReportValidator.MAX_DESCRIPTION_LENGTH + 1)),
                        RejectionReason.INVALID_FIELD,
                        "observations[0].description"),
                invalid(
                        "child with neither number nor name",
                        r -> {
                            r.getChild().setPersonalIdentityNumber(null);
                            r.getChild().setGivenName(null);
                            r.getChild().setFamilyName(null);
                        },
                        RejectionReason.MISSING_FIELD,
                        "child.personalIdentityNumber"));
    }

    private static Arguments invalid(
            String name, Consumer<ConcernReport> breakIt, RejectionReason reason, String field) {
        return Arguments.of(name, breakIt, reason, field);
    }

    /** A synthetic number whose month is 13. */
    private static String impossibleMonth() {
        String valid = TestReport.synthetic(LocalDate.of(2018, 5, 8));
        return valid.substring(0, 4) + "13" + valid.substring(6);
    }

    private static String wrongCheckDigit() {
        String valid = TestReport.synthetic(LocalDate.of(2018, 5, 7));
        char last = valid.charAt(11);
        return valid.substring(0, 11) + (last == '9' ? '0' : (char) (last + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void everyInvalidFieldGoesToTheDeadLetterTopicWithItsReasonCode(
            String name, Consumer<ConcernReport> breakIt, RejectionReason reason, String field) {
        ConcernReport report = HubDriver.report().build();
        String child = report.getChild().getPersonalIdentityNumber();
        breakIt.accept(report);
        byte[] bytes = hub.encode(HubDriver.INTAKE, report);

        hub.submitRaw(report.getReportId(), bytes);

        List<RejectedSubmission> rejections = hub.values(Topics.DEAD_LETTER);
        assertThat(rejections).anySatisfy(rejection -> {
            assertThat(rejection.getReason()).isEqualTo(reason);
            assertThat(rejection.getField()).isEqualTo(field);
            assertThat(rejection.getOriginalDigest()).isEqualTo(ContentDigest.sha256Hex(bytes));
            assertThat(rejection.getOriginalValue()).isEqualTo(ByteBuffer.wrap(bytes));
            assertThat(rejection.getSourceTopic()).isEqualTo(HubDriver.INTAKE);
            assertThat(rejection.getConnectorId()).isEqualTo(report.getConnectorId());
        });
        assertThat(rejections).allSatisfy(r -> assertThat(r.getDetail()).doesNotContain(child));
        assertThat(hub.values(HubDriver.RECEIPTS)).isEmpty();
        assertThat(hub.producedTopicNames()).noneMatch(topic -> topic.endsWith(".reports"));
        assertThat(hub.values(Topics.AUDIT)).extracting(AuditRecord::getAction).contains(AuditAction.REJECTED);
    }

    @Test
    void aRecordKeyThatIsNotTheReportIdIsRefused() {
        ConcernReport report = HubDriver.report().build();

        hub.submitRaw(UUID.randomUUID().toString(), hub.encode(HubDriver.INTAKE, report));

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.INVALID_FIELD);
            assertThat(rejection.getField()).isEqualTo("reportId");
            assertThat(rejection.getReportId()).isEqualTo(report.getReportId());
        });
        assertThat(hub.values(HubDriver.RECEIPTS)).isEmpty();
    }

    @Test
    void garbageBytesAreUndecodableAndDoNotStallThePartition() {
        byte[] garbage = "this is not avro".getBytes(StandardCharsets.UTF_8);
        ConcernReport after = HubDriver.report().build();

        hub.submitRaw("garbage", garbage);
        hub.submit(after);

        List<KeyValue<String, RejectedSubmission>> dead = hub.read(Topics.DEAD_LETTER);
        assertThat(dead).singleElement().satisfies(kv -> {
            assertThat(kv.value.getReason()).isEqualTo(RejectionReason.UNDECODABLE);
            assertThat(kv.value.getReportId()).isNull();
            assertThat(kv.key).isEqualTo(kv.value.getRejectionId());
            assertThat(kv.value.getOriginalDigest()).isEqualTo(ContentDigest.sha256Hex(garbage));
            assertThat(kv.value.getOriginalValue()).isEqualTo(ByteBuffer.wrap(garbage));
            assertThat(kv.value.getSourceTopic()).isEqualTo(HubDriver.INTAKE);
            assertThat(kv.value.getSourceOffset()).isZero();
        });
        assertThat(hub.values(HubDriver.RECEIPTS))
                .extracting(Receipt::getReportId)
                .containsExactly(after.getReportId());
    }

    @Test
    void avroBytesWithAnUnknownSchemaIdAreUnknownSchema() {
        byte[] framed =
                ByteBuffer.allocate(9).put((byte) 0).putInt(987_654).putInt(42).array();

        hub.submitRaw("unknown", framed);

        assertThat(hub.values(Topics.DEAD_LETTER))
                .singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo(RejectionReason.UNKNOWN_SCHEMA));
    }

    @Test
    void aRecordOfAnotherSchemaIsWrongSchema() {
        Receipt notAReport = Receipt.newBuilder()
                .setReportId(UUID.randomUUID().toString())
                .setConnectorId("school")
                .setAcceptedAt(Instant.parse("2026-03-10T09:00:00Z"))
                .setContentDigest("0".repeat(64))
                .build();

        hub.submitRaw(notAReport.getReportId(), hub.encode("some-other-topic", notAReport));

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.WRONG_SCHEMA);
            assertThat(r.getDetail()).contains("se.oroshub.schemas.avro.Receipt");
        });
    }

    @Test
    void truncatedAvroBytesAreUndecodable() {
        byte[] whole = hub.encode(HubDriver.INTAKE, HubDriver.report().build());
        byte[] truncated = Arrays.copyOf(whole, 30);

        hub.submitRaw("truncated", truncated);

        assertThat(hub.values(Topics.DEAD_LETTER))
                .singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo(RejectionReason.UNDECODABLE));
    }
}
