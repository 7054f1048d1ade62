package se.oroshub.hub.it;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;

/** Produces to the hub's input topics as a connector or a case system does: idempotent, {@code acks=all}, Avro. */
final class ConnectorProducer {

    /** The connector the tests send reports as. */
    static final String CONNECTOR = "school";
    /** Its intake topic, the only one it may write. */
    static final String INTAKE = Topics.CONNECTOR_INTAKE.of(CONNECTOR).name();
    /** Its receipts topic. */
    static final TopicSpec<String, Receipt> RECEIPTS = Topics.CONNECTOR_RECEIPTS.of(CONNECTOR);

    /** The hub setting naming the municipalities whose status events the tests send. */
    static final String STATUS_MUNICIPALITIES = "--oroshub.hub.status-municipalities=0180,0980,1280,1480";

    private ConnectorProducer() {}

    /** The status-event topic of a municipality, the only one its social services may write. */
    static String statusEvents(String municipality) {
        return Topics.MUNICIPALITY_STATUS_EVENTS.of(municipality).name();
    }

    /** The hub setting that lets {@link #CONNECTOR} speak for these organisations (the access file's mandate). */
    static String mandate(OrganisationId... organisations) {
        return "--oroshub.hub.connectors." + CONNECTOR + "="
                + Arrays.stream(organisations)
                        .map(o -> o.getScheme() + ":" + o.getValue())
                        .collect(Collectors.joining(","));
    }

    /** An idempotent, {@code acks=all} producer of Avro values, as a connector uses. */
    static KafkaProducer<String, SpecificRecord> open(KafkaTestEnvironment kafka) {
        return new KafkaProducer<>(kafka.producerProperties());
    }

    /** Sends one record and waits until the broker acknowledged it. */
    static void send(KafkaProducer<String, SpecificRecord> producer, String topic, String key, SpecificRecord value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }
}
