package se.oroshub.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.fixtures.SyntheticIdentities;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.serde.KafkaAvroSerdeConfig;
import se.oroshub.schemas.serde.KafkaAvroSerializer;

/**
 * Realistic school reports about synthetic children ({@link SyntheticReports}), already in the intake topic's wire
 * format (the Confluent framing with the registered schema id), so that producing them measures Kafka and the hub and
 * not report generation. Observations get follow-up sentences until a report is at least {@value #MINIMUM_BYTES}
 * bytes, the size class of a real report.
 */
final class SyntheticIntake implements AutoCloseable {

    /** A report ready to produce: its key (the report id) and its value bytes. */
    record Serialized(String key, byte[] value) {}

    /** Reports are at least this large on the wire: real ones carry a paragraph or two per observation. */
    static final int MINIMUM_BYTES = 1_024;

    private static final int SENTENCE_BYTES = 90;

    /**
     * The synthetic school the bulk load reports for: not one the school connector serves, so that the connector's
     * inbox does not hold a receipt for every report of the load (the HTTP stage measures its intake).
     */
    static final OrganisationId LOAD_SCHOOL = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29830000");

    private static final String[] FOLLOW_UP = {
        "Mentorn har pratat med eleven, som bekräftar det hen berättat tidigare under veckan.",
        "Skolsköterskan har dokumenterat det hon såg vid besöket på elevhälsan samma eftermiddag.",
        "Vårdnadshavarna har inte gått att nå på telefon trots flera försök från skolan.",
        "Klassläraren har märkt att eleven drar sig undan kamraterna och har svårt att koncentrera sig.",
        "Eleven ville inte gå hem efter skoldagens slut och stannade kvar på fritids till stängning.",
    };

    private final Random random;
    private final SyntheticReports reports;
    private final KafkaAvroSerializer serializer = new KafkaAvroSerializer();

    SyntheticIntake(String registryUrl, long seed) {
        this.random = new Random(seed);
        this.reports = new SyntheticReports(new Random(seed), Clock.systemUTC());
        serializer.configure(
                Map.of(
                        KafkaAvroSerdeConfig.SCHEMA_REGISTRY_URL,
                        registryUrl,
                        KafkaAvroSerdeConfig.AUTO_REGISTER_SCHEMAS,
                        true),
                false);
    }

    Serialized next() {
        ConcernReport report = reports.report(
                "school",
                ReporterKind.MANDATORY_PROFESSIONAL,
                LOAD_SCHOOL,
                "Lastbergsskolan",
                SyntheticReports.SAMPLE_MUNICIPALITIES.get(
                        random.nextInt(SyntheticReports.SAMPLE_MUNICIPALITIES.size())));
        byte[] value = serializer.serialize(BenchTopics.INTAKE.name(), report);
        int sentence = 0;
        while (value.length < MINIMUM_BYTES) {
            int missing = (MINIMUM_BYTES - value.length + SENTENCE_BYTES - 1) / SENTENCE_BYTES;
            for (int i = 0; i < missing; i++, sentence++) {
                Observation observation = report.getObservations()
                        .get(sentence % report.getObservations().size());
                observation.setDescription(
                        observation.getDescription() + " " + FOLLOW_UP[random.nextInt(FOLLOW_UP.length)]);
            }
            value = serializer.serialize(BenchTopics.INTAKE.name(), report);
        }
        return new Serialized(report.getReportId(), value);
    }

    List<Serialized> batch(int count) {
        List<Serialized> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(next());
        }
        return batch;
    }

    /** JSON bodies of the school connector's {@code POST /api/v1/reports}, each about a different synthetic child. */
    static List<String> schoolRequestBodies(int count, long seed) {
        Random random = new Random(seed);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String number = SyntheticIdentities.personalIdentityNumber(
                    random, SyntheticIdentities.childBirthDate(random, LocalDate.now()));
            String municipality =
                    SyntheticReports.SAMPLE_MUNICIPALITIES.get(i % SyntheticReports.SAMPLE_MUNICIPALITIES.size());
            bodies.add("""
                    {"child": {"personalIdentityNumber": "%s-%s", "givenName": "Saga", "familyName": "Nilsson",
                               "municipalityOfRegistration": "%s", "whereabouts": "I skolan"},
                     "observations": [{"category": "PHYSICAL_VIOLENCE", "observedAt": "2026-11-23T08:15:00+01:00",
                                       "description": "Eleven kom till skolan med blåmärken på båda underarmarna och \
                    sa att hon inte fick berätta hur hon fått dem. Mentorn har sett liknande märken tidigare i höst."},
                                      {"category": "NEGLECT", "observedAt": "2026-11-20T12:00:00+01:00",
                                       "description": "Eleven har varit frånvarande tolv dagar den senaste månaden \
                    och verkar hungrig och trött när hen är här."}],
                     "urgency": {"reporterMarkedAcute": false, "immediateDanger": false}}
                    """.formatted(number.substring(0, 8), number.substring(8), municipality));
        }
        return bodies;
    }

    @Override
    public void close() {
        serializer.close();
    }
}
