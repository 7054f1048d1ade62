package se.oroshub.system.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.registry.IncompatibleSchemaException;
import se.oroshub.schemas.registry.SchemaNotFoundException;
import se.oroshub.schemas.registry.SchemaRegistryClient;
import se.oroshub.schemas.registry.SchemaRegistryClientConfig;
import se.oroshub.schemas.registry.SchemaRegistryClients;
import se.oroshub.schemas.registry.SubjectNotFoundException;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * Bad input gets Confluent's error code and a message that names the problem, over plain HTTP and through the
 * project's Confluent REST client (which turns the codes into typed exceptions).
 */
@RealKafka
class RegistryBadInputIT {

    private static final String V1 = """
            {"type":"record","name":"Visit","namespace":"se.oroshub.it","fields":[
              {"name":"id","type":"string"}]}""";
    private static final String V2_REQUIRED_UNIT = """
            {"type":"record","name":"Visit","namespace":"se.oroshub.it","fields":[
              {"name":"id","type":"string"},
              {"name":"unit","type":"string"}]}""";

    private RegistryRest rest;
    private SchemaRegistryClient client;
    private String subject;

    @BeforeEach
    void connect(KafkaTestEnvironment kafka) {
        rest = new RegistryRest(kafka.schemaRegistryUrl());
        client = SchemaRegistryClients.fromConfig(Map.of(SchemaRegistryClientConfig.URL, kafka.schemaRegistryUrl()));
        subject = "bad-input-" + UUID.randomUUID() + "-value";
    }

    @Test
    void invalidAvroIs42201NamingTheProblem() {
        RegistryRest.Reply reply = rest.register(subject, """
                {"type":"record","name":"Visit","fields":[{"name":"id","type":"strnig"}]}""");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorCode()).isEqualTo(42201);
        assertThat(reply.message()).startsWith("Invalid Avro schema").contains("strnig");
    }

    @Test
    void anIncompatibleChangeIs409NamingTheField() {
        rest.registerOk(subject, V1);

        RegistryRest.Reply reply = rest.register(subject, V2_REQUIRED_UNIT);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.errorCode()).isEqualTo(409);
        assertThat(reply.message())
                .contains("'unit'")
                .contains("no default value")
                .contains("BACKWARD");
        assertThatThrownBy(() -> client.register(subject, new Schema.Parser().parse(V2_REQUIRED_UNIT)))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("unit");
    }

    @Test
    void anUnknownSubjectIs40401() {
        RegistryRest.Reply reply = rest.get("/subjects/" + subject + "/versions/latest");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo(40401);
        assertThat(reply.message()).isEqualTo("Subject '" + subject + "' not found.");
        assertThatThrownBy(() -> client.getLatestVersion(subject)).isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void anUnknownSchemaIdIs40403() {
        int unknown = Integer.MAX_VALUE - 7;

        RegistryRest.Reply reply = rest.get("/schemas/ids/" + unknown);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo(40403);
        assertThat(reply.message()).isEqualTo("Schema " + unknown + " not found");
        assertThatThrownBy(() -> client.getSchemaById(unknown)).isInstanceOf(SchemaNotFoundException.class);
    }
}
