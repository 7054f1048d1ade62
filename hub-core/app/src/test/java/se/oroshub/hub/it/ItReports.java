package se.oroshub.hub.it;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.Child;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReportingOrganisation;
import se.oroshub.schemas.avro.Urgency;
import se.oroshub.schemas.fixtures.SyntheticIdentities;
import se.oroshub.testsupport.KafkaTestEnvironment;

/** Synthetic reports and a producer for the integration tests. */
final class ItReports {

    private ItReports() {
    }

    /** A school with a random school unit code, so each test has a feedback topic of its own. */
    static OrganisationId randomSchool(Random random) {
        return new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, String.format("%08d", random.nextInt(100_000_000)));
    }

    static ConcernReport report(OrganisationId school, String municipality, Random random) {
        return ConcernReport.newBuilder()
                .setReportId(UUID.randomUUID().toString())
                .setConnectorId("school")
                .setSubmittedAt(Instant.now())
                .setReporter(Reporter.newBuilder()
                        .setKind(ReporterKind.MANDATORY_PROFESSIONAL)
                        .setOrganisation(ReportingOrganisation.newBuilder().setId(school).setName("Testskolan").build())
                        .setName("Class Teacher")
                        .build())
                .setChild(Child.newBuilder()
                        .setPersonalIdentityNumber(
                                SyntheticIdentities.personalIdentityNumber(random, LocalDate.of(2017, 4, 9)))
                        .setMunicipalityOfRegistration(municipality)
                        .build())
                .setObservations(List.of(Observation.newBuilder()
                        .setCategory(ConcernCategory.NEGLECT)
                        .setDescription("Often arrives hungry.")
                        .build()))
                .setUrgency(Urgency.newBuilder().build())
                .setAttachments(List.of())
                .build();
    }

    static CaseStatusEvent event(ConcernReport report, String municipality, Object payload) {
        return CaseStatusEvent.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setReportId(report.getReportId())
                .setMunicipalityCode(municipality)
                .setOccurredAt(Instant.now())
                .setPayload(payload)
                .build();
    }

    /** An idempotent, {@code acks=all} producer of Avro values, as a connector uses. */
    static KafkaProducer<String, SpecificRecord> producer(KafkaTestEnvironment kafka) {
        Map<String, Object> props = kafka.producerProperties();
        return new KafkaProducer<>(props);
    }

    static void send(KafkaProducer<String, SpecificRecord> producer, String topic, String key, SpecificRecord value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }
}
