package se.oroshub.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.compatibility.CompatibilityLevel;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.registry.MockSchemaRegistry;

class KafkaAvroSerdeTest {

    private static final String TOPIC = "oroshub.organisation.test.feedback";
    private static final String SUBJECT = TOPIC + "-value";

    private final MockSchemaRegistry registry = new MockSchemaRegistry();

    @AfterEach
    void dropScopes() {
        MockSchemaRegistry.clearAllScopes();
    }

    static ReporterNotification notification() {
        return ReporterNotification.newBuilder()
                .setNotificationId("n-1")
                .setReportId("r-1")
                .setReportingOrganisation(new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461"))
                .setDecision(InvestigationDecision.ALREADY_ONGOING)
                .setDecisionDate(LocalDate.of(2026, 3, 14))
                .setNotifiedAt(Instant.parse("2026-03-15T08:30:00Z"))
                .build();
    }

    private KafkaAvroSerializer serializer(Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(Map.of("schema.registry.url", "mock://unused"));
        config.putAll(extra);
        return new KafkaAvroSerializer(registry, config, false);
    }

    private KafkaAvroDeserializer deserializer(boolean specific) {
        return new KafkaAvroDeserializer(
                registry, Map.of("schema.registry.url", "mock://unused", "specific.avro.reader", specific), false);
    }

    @Test
    void writesTheConfluentWireFormatMagicByteSchemaIdAndAvroBinary() throws Exception {
        ReporterNotification value = notification();

        byte[] bytes = serializer(Map.of()).serialize(TOPIC, value);

        int id = registry.getLatestVersion(SUBJECT).id();
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        assertThat(ConfluentWireFormat.schemaId(bytes)).hasValue(id);
        ByteArrayOutputStream avro = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(avro, null);
        new org.apache.avro.specific.SpecificDatumWriter<ReporterNotification>(ReporterNotification.class)
                .write(value, encoder);
        encoder.flush();
        assertThat(java.util.Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avro.toByteArray());
    }

    @Test
    void primitivesAreFramedAsConfluentFramesThem() {
        KafkaAvroSerializer serializer = serializer(Map.of());

        byte[] text = serializer.serialize("t", "hi");
        int stringId = registry.getLatestVersion("t-value").id();
        assertThat(text).containsExactly(0, 0, 0, 0, stringId, 4, 'h', 'i');
        assertThat(serializer.serialize("raw", new byte[] {7, 8}))
                .containsExactly(
                        0, 0, 0, 0, registry.getLatestVersion("raw-value").id(), 7, 8);
        assertThat(serializer.serialize("raw", ByteBuffer.wrap(new byte[] {6, 7, 8}, 1, 2)))
                .containsExactly(
                        0, 0, 0, 0, registry.getLatestVersion("raw-value").id(), 7, 8);
        assertThat(serializer.serialize("t", null)).isNull();

        KafkaAvroDeserializer deserializer = deserializer(false);
        assertThat(deserializer.deserialize("t", text)).isEqualTo("hi");
        assertThat((byte[]) deserializer.deserialize("raw", serializer.serialize("raw", new byte[] {7, 8})))
                .containsExactly(7, 8);
        assertThat(deserializer.deserialize("n", serializer.serialize("n", 42L)))
                .isEqualTo(42L);
        assertThat(deserializer.deserialize("n", null)).isNull();
    }

    @Test
    void specificReaderReturnsTheGeneratedClassAndGenericReaderAGenericRecord() {
        byte[] bytes = serializer(Map.of()).serialize(TOPIC, notification());

        assertThat(deserializer(true).deserialize(TOPIC, bytes)).isEqualTo(notification());
        Object generic = deserializer(false).deserialize(TOPIC, bytes);
        assertThat(generic).isInstanceOf(GenericRecord.class).isNotInstanceOf(ReporterNotification.class);
        assertThat(((GenericRecord) generic).get("decision").toString()).isEqualTo("ALREADY_ONGOING");
    }

    @Test
    void specificReaderResolvesAnOlderWriterSchemaToTheGeneratedClass() {
        Schema older = SchemaBuilder.record("ReporterNotification")
                .namespace("se.oroshub.schemas.avro")
                .fields()
                .requiredString("notificationId")
                .requiredString("reportId")
                .name("reportingOrganisation")
                .type(OrganisationId.getClassSchema())
                .noDefault()
                .name("decision")
                .type(InvestigationDecision.getClassSchema())
                .noDefault()
                .name("decisionDate")
                .type(ReporterNotification.getClassSchema()
                        .getField("decisionDate")
                        .schema())
                .noDefault()
                .name("notifiedAt")
                .type(ReporterNotification.getClassSchema()
                        .getField("notifiedAt")
                        .schema())
                .noDefault()
                .name("legacyFlag")
                .type()
                .booleanType()
                .booleanDefault(false)
                .endRecord();
        GenericRecord old = new GenericData.Record(older);
        old.put("notificationId", "n-1");
        old.put("reportId", "r-1");
        GenericRecord org = new GenericData.Record(OrganisationId.getClassSchema());
        org.put("scheme", new GenericData.EnumSymbol(OrganisationIdScheme.getClassSchema(), "SCHOOL_UNIT_CODE"));
        org.put("value", "29837461");
        old.put("reportingOrganisation", org);
        old.put("decision", new GenericData.EnumSymbol(InvestigationDecision.getClassSchema(), "ALREADY_ONGOING"));
        old.put("decisionDate", (int) LocalDate.of(2026, 3, 14).toEpochDay());
        old.put("notifiedAt", Instant.parse("2026-03-15T08:30:00Z").toEpochMilli());
        old.put("legacyFlag", true);

        byte[] bytes = serializer(Map.of()).serialize(TOPIC, old);

        assertThat(deserializer(true).deserialize(TOPIC, bytes)).isEqualTo(notification());
    }

    @Test
    void unknownMagicByteIsRejectedNamingTheTopic() {
        assertThatThrownBy(() -> deserializer(true).deserialize(TOPIC, new byte[] {1, 0, 0, 0, 1, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown magic byte")
                .hasMessageContaining(TOPIC)
                .hasMessageContaining("0x01");
        assertThatThrownBy(() -> deserializer(true).deserialize(TOPIC, new byte[] {0, 0}))
                .hasMessageContaining("Unknown magic byte");
    }

    @Test
    void unknownSchemaIdIsRejectedNamingTopicSubjectAndId() {
        assertThatThrownBy(() -> deserializer(true).deserialize(TOPIC, new byte[] {0, 0, 0, 1, 0, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Schema id 256")
                .hasMessageContaining(TOPIC)
                .hasMessageContaining("'" + SUBJECT + "'");
    }

    @Test
    void withoutAutoRegistrationAnUnregisteredSchemaFailsNamingTheSubject() {
        assertThatThrownBy(() ->
                        serializer(Map.of("auto.register.schemas", "false")).serialize(TOPIC, notification()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not registered")
                .hasMessageContaining(SUBJECT)
                .hasMessageContaining(TOPIC);

        int id = registry.register(SUBJECT, ReporterNotification.getClassSchema());
        byte[] bytes = serializer(Map.of("auto.register.schemas", "false")).serialize(TOPIC, notification());
        assertThat(ConfluentWireFormat.schemaId(bytes)).hasValue(id);
    }

    @Test
    void incompatibleSchemaFailsNamingSubjectAndTopicButNeverTheContent() {
        Schema other = SchemaBuilder.record("ReporterNotification")
                .namespace("se.oroshub.schemas.avro")
                .fields()
                .requiredInt("somethingElse")
                .endRecord();
        registry.register(SUBJECT, other);
        registry.setCompatibility(SUBJECT, CompatibilityLevel.FULL);

        assertThatThrownBy(() -> serializer(Map.of()).serialize(TOPIC, notification()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("incompatible")
                .hasMessageContaining(SUBJECT)
                .hasMessageContaining(TOPIC)
                .hasMessageNotContaining("29837461");
    }

    @Test
    void aValueNotMatchingItsSchemaFailsWithoutQuotingTheValue() {
        ConcernReport report = new SyntheticReports(
                        new Random(7), Clock.fixed(Instant.parse("2026-03-15T08:30:00Z"), ZoneOffset.UTC))
                .schoolReport();
        String secret = report.getChild().getPersonalIdentityNumber();
        report.getObservations().get(0).setCategory(null);

        assertThatThrownBy(() -> serializer(Map.of()).serialize("oroshub.intake.concern-reports", report))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("oroshub.intake.concern-reports-value")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain(secret));
    }

    @Test
    void unreachableRegistryFailsNamingTopicAndSubject() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(
                Map.of("schema.registry.url", "http://127.0.0.1:" + port, "retry.max.attempts", "1"), false);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, notification()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(SUBJECT)
                .hasMessageContaining(TOPIC)
                .hasMessageContaining("unreachable");
    }

    @Test
    void useLatestVersionWritesWithTheSubjectsLatestSchema() {
        Schema latest = SchemaBuilder.record("ReporterNotification")
                .namespace("se.oroshub.schemas.avro")
                .fields()
                .requiredString("notificationId")
                .requiredString("reportId")
                .name("reportingOrganisation")
                .type(OrganisationId.getClassSchema())
                .noDefault()
                .name("decision")
                .type(InvestigationDecision.getClassSchema())
                .noDefault()
                .name("decisionDate")
                .type(ReporterNotification.getClassSchema()
                        .getField("decisionDate")
                        .schema())
                .noDefault()
                .name("notifiedAt")
                .type(ReporterNotification.getClassSchema()
                        .getField("notifiedAt")
                        .schema())
                .noDefault()
                .name("channel")
                .type()
                .stringType()
                .stringDefault("topic")
                .endRecord();
        registry.register(SUBJECT, ReporterNotification.getClassSchema());
        int latestId = registry.register(SUBJECT, latest);

        byte[] bytes = serializer(Map.of("use.latest.version", true, "auto.register.schemas", false))
                .serialize(TOPIC, notification());

        assertThat(ConfluentWireFormat.schemaId(bytes)).hasValue(latestId);
        GenericRecord read = (GenericRecord) deserializer(false).deserialize(TOPIC, bytes);
        assertThat(read.get("channel").toString()).isEqualTo("topic");
        assertThat(deserializer(true).deserialize(TOPIC, bytes)).isEqualTo(notification());
    }

    @Test
    void useLatestVersionFailsNamingTheSubjectWhenTheRecordCannotBeWrittenAsTheLatest() {
        Schema latest = SchemaBuilder.record("ReporterNotification")
                .namespace("se.oroshub.schemas.avro")
                .fields()
                .requiredString("notificationId")
                .requiredLong("sequence")
                .endRecord();
        registry.setCompatibility(SUBJECT, CompatibilityLevel.NONE);
        registry.register(SUBJECT, latest);

        assertThatThrownBy(() -> serializer(Map.of("use.latest.version", true)).serialize(TOPIC, notification()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("use.latest.version")
                .hasMessageContaining(SUBJECT)
                .hasMessageContaining("sequence")
                .hasMessageNotContaining("29837461");
    }

    @Test
    void recordNameStrategyAcceptsConfluentsClassName() {
        serializer(Map.of("value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy"))
                .serialize(TOPIC, notification());

        assertThat(registry.listSubjects()).containsExactly("se.oroshub.schemas.avro.ReporterNotification");
    }

    @Test
    void keysUseTheKeySubject() {
        new KafkaAvroSerializer(registry, Map.of("schema.registry.url", "mock://unused"), true).serialize(TOPIC, "r-1");

        assertThat(registry.listSubjects()).containsExactly(TOPIC + "-key");
    }

    @Test
    void malformedConfigurationIsRejectedNamingTheKey() {
        assertThatThrownBy(() -> serializer(Map.of("auto.register.schemas", "maybe")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("auto.register.schemas");
        assertThatThrownBy(() -> serializer(Map.of("value.subject.name.strategy", "no.such.Strategy")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value.subject.name.strategy");
        assertThatThrownBy(() -> new KafkaAvroSerializer().configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> serializer(Map.of()).serialize(TOPIC, new Object()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void anUntrustedGeneratedClassFailsNamingTheSystemProperty() {
        byte[] bytes = serializer(Map.of()).serialize(TOPIC, notification());
        ClassSecurityValidator.ClassSecurityPredicate trusted = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(
                type -> type.isPrimitive() || type.getName().startsWith("java."));
        try {
            assertThatThrownBy(() -> deserializer(true).deserialize(TOPIC, bytes))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("org.apache.avro.SERIALIZABLE_PACKAGES")
                    .hasMessageContaining("se.oroshub.schemas.avro")
                    .hasMessageContaining(TOPIC);
        } finally {
            ClassSecurityValidator.setGlobal(trusted);
        }
        assertThat(deserializer(true).deserialize(TOPIC, bytes)).isEqualTo(notification());
    }

    private static String stackText(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
