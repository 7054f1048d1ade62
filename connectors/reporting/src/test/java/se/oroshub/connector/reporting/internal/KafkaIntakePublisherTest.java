package se.oroshub.connector.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;
import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.schemas.validation.ConcernReportValidator;

/**
 * The publisher's decisions without a broker: what is rejected before anything is sent, and that a send the broker
 * does not acknowledge is never reported as accepted. The durable acknowledgement itself is proven on a real broker in
 * {@code IntakeAndFeedbackIT}.
 */
class KafkaIntakePublisherTest {

    private static final OrganisationId SCHOOL = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461");
    private static final OrganisationId OTHER_SCHOOL =
            new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "11112222");

    private final SyntheticReports reports = new SyntheticReports(new Random(7), Clock.systemUTC());
    private final List<Receipt> accepted = new ArrayList<>();
    private final List<TopicSpec<?, ?>> provisioned = new ArrayList<>();
    private final CircuitBreaker circuitBreaker = CircuitBreaker.ofDefaults("intake");

    private static MockProducer<String, ConcernReport> producer(boolean autoComplete) {
        return new MockProducer<>(
                autoComplete, null, new StringSerializer(), (topic, report) -> ContentDigest.canonicalBytes(report));
    }

    private KafkaIntakePublisher publisher(MockProducer<String, ConcernReport> producer) {
        return new KafkaIntakePublisher(
                producer,
                provisioned::add,
                new ConcernReportValidator(MunicipalityCodes.official()),
                "school",
                Set.of(SCHOOL),
                Duration.ofMillis(200),
                circuitBreaker,
                Bulkhead.ofDefaults("intake"),
                accepted::add);
    }

    private ConcernReport report(OrganisationId organisation) {
        return reports.report("school", ReporterKind.MANDATORY_PROFESSIONAL, organisation, "Kvarnbackaskolan", "0180");
    }

    @Test
    void aConnectorWritesOnlyItsOwnIntakeTopicAndCreatesItOnce() {
        MockProducer<String, ConcernReport> producer = producer(true);
        KafkaIntakePublisher publisher = publisher(producer);

        publisher.submit(report(SCHOOL));
        publisher.submit(report(SCHOOL));

        assertThat(provisioned).extracting(TopicSpec::name).containsExactly("oroshub.intake.school.concern-reports");
        assertThat(producer.history())
                .extracting(ProducerRecord::topic)
                .containsOnly("oroshub.intake.school.concern-reports");
    }

    @Test
    void anAcknowledgedReportGetsTheReceiptOfExactlyWhatWasPublished() {
        MockProducer<String, ConcernReport> producer = producer(true);
        ConcernReport report = report(SCHOOL);

        Receipt receipt = publisher(producer).submit(report);

        assertThat(producer.history()).singleElement().satisfies(sent -> {
            assertThat(sent.topic())
                    .isEqualTo(Topics.CONNECTOR_INTAKE.of("school").name());
            assertThat(sent.key()).isEqualTo(report.getReportId());
            assertThat(sent.value()).isEqualTo(report);
        });
        assertThat(receipt.getReportId()).isEqualTo(report.getReportId());
        assertThat(receipt.getConnectorId()).isEqualTo("school");
        assertThat(receipt.getReportingOrganisation()).isEqualTo(SCHOOL);
        assertThat(receipt.getAcceptedAt()).isEqualTo(report.getSubmittedAt());
        assertThat(receipt.getDigestAlgorithm()).isEqualTo("SHA-256");
        assertThat(receipt.getContentDigest())
                .isEqualTo(ContentDigest.sha256Hex(report))
                .matches("[0-9a-f]{64}");
        assertThat(accepted).containsExactly(receipt);
    }

    @Test
    void anInvalidReportIsRejectedFieldByFieldAndNothingIsPublished() {
        MockProducer<String, ConcernReport> producer = producer(true);
        ConcernReport report = report(SCHOOL);
        String badNumber = "20150101-0000";
        report.getChild().setPersonalIdentityNumber(badNumber);
        report.getChild().setMunicipalityOfRegistration("9999");
        report.setObservations(List.of());

        assertThatThrownBy(() -> publisher(producer).submit(report))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field, FieldError::code)
                                .contains(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "child.personalIdentityNumber",
                                                ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "child.municipalityOfRegistration", ErrorCode.UNKNOWN_MUNICIPALITY),
                                        org.assertj.core.groups.Tuple.tuple("observations", ErrorCode.NO_OBSERVATIONS)))
                .message()
                .doesNotContain(badNumber)
                .doesNotContain(badNumber.replace("-", ""));
        assertThat(producer.history()).isEmpty();
        assertThat(accepted).isEmpty();
    }

    @Test
    void aReportForAnOrganisationThisDeploymentDoesNotServeIsRejected() {
        MockProducer<String, ConcernReport> producer = producer(true);

        assertThatThrownBy(() -> publisher(producer).submit(report(OTHER_SCHOOL)))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("reporter.organisation.id"));
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aReportCarryingAnotherConnectorsIdIsRejected() {
        ConcernReport report = reports.report("police", ReporterKind.MANDATORY_PROFESSIONAL, SCHOOL, "Skolan", "0180");

        assertThatThrownBy(() -> publisher(producer(true)).submit(report))
                .isInstanceOfSatisfying(
                        SubmissionRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field, FieldError::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("connectorId", ErrorCode.INVALID_FIELD)));
    }

    @Test
    void noAcknowledgementWithinTheTimeoutMeansNotAccepted() {
        MockProducer<String, ConcernReport> neverAcknowledges = producer(false);
        ConcernReport report = report(SCHOOL);

        assertThatThrownBy(() -> publisher(neverAcknowledges).submit(report))
                .isInstanceOfSatisfying(
                        IntakeUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isPositive())
                .hasMessageContaining("not accepted");
        assertThat(accepted).isEmpty();
    }

    @Test
    void aBrokerErrorMeansNotAccepted() {
        MockProducer<String, ConcernReport> failing = producer(false);
        KafkaIntakePublisher publisher = publisher(failing);
        ConcernReport report = report(SCHOOL);
        Thread broker = new Thread(() -> {
            while (!failing.errorNext(new NotEnoughReplicasException("only one replica in sync"))) {
                Thread.onSpinWait();
            }
        });
        broker.setDaemon(true);
        broker.start();

        assertThatThrownBy(() -> publisher.submit(report))
                .isInstanceOf(IntakeUnavailableException.class)
                .hasCauseInstanceOf(NotEnoughReplicasException.class);
        assertThat(accepted).isEmpty();
    }

    @Test
    void anOpenCircuitRefusesAtOnceWithoutSending() {
        MockProducer<String, ConcernReport> producer = producer(true);
        circuitBreaker.transitionToOpenState();

        assertThatThrownBy(() -> publisher(producer).submit(report(SCHOOL)))
                .isInstanceOf(IntakeUnavailableException.class);
        assertThat(producer.history()).isEmpty();
    }
}
