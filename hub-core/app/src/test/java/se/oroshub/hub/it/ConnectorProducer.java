package se.oroshub.hub.it;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.oroshub.testsupport.KafkaTestEnvironment;

/** Produces to the hub's input topics as a connector or a case system does: idempotent, {@code acks=all}, Avro. */
final class ConnectorProducer {

    private ConnectorProducer() {}

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
