package se.oroshub.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.oroshub.schemas.avro.ReporterNotification;

/**
 * The build's compatibility gate: every current top-level schema must be FULL compatible (BACKWARD and FORWARD) with
 * every released version of itself under {@code src/main/avro-released}.
 *
 * <p>BACKWARD, because new readers (a restarted hub, a new connector) read old data still on the topics: receipts,
 * audit and dead letters are kept forever and the hub rebuilds its state from the log. FORWARD, because old readers
 * keep running while producers upgrade: connectors are deployed by each agency and municipality on their own
 * schedule and must keep reading what an upgraded hub writes. Checking every released version, not just the last,
 * is what lets a consumer skip releases.
 *
 * <p>Releasing: when a contract change ships, write the full schema of the generated class
 * ({@code SchemaFormatter.format("json/pretty", Name.getClassSchema())}) to
 * {@code src/main/avro-released/<Name>/v<N+1>.avsc}.
 */
class CompatibilityGateTest {

    @Test
    void everyCurrentSchemaIsCompatibleWithEveryReleasedVersionOfItself() {
        Map<String, Schema> current = Contracts.current();

        List<CompatibilityGate.Violation> violations = CompatibilityGate.check(current, Contracts.RELEASED);

        assertThat(current)
                .containsKeys(
                        "ConcernReport",
                        "RoutedReport",
                        "ReporterNotification",
                        "CaseStatusEvent",
                        "Receipt",
                        "RejectedSubmission",
                        "AuditRecord",
                        "DeadlineDeviation",
                        "UnroutableReport");
        assertThat(violations)
                .as(() -> "compatibility gate:\n"
                        + violations.stream()
                                .map(CompatibilityGate.Violation::message)
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void aFieldAddedWithoutDefaultFailsTheGateNamingTheField() {
        Schema changed = withField(
                ReporterNotification.getClassSchema(),
                new Schema.Field("caseOfficer", Schema.create(Schema.Type.STRING), null, (Object) null));

        List<String> messages = messages(Map.of("ReporterNotification", changed), Contracts.RELEASED);

        assertThat(messages)
                .singleElement()
                .asString()
                .contains("ReporterNotification is not BACKWARD compatible with released v1")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("field 'ReporterNotification.caseOfficer'");
    }

    @Test
    void aTypeChangeFailsTheGateInBothDirectionsNamingTheField() {
        Schema original = ReporterNotification.getClassSchema();
        Schema changed = Schema.createRecord(
                original.getName(),
                original.getDoc(),
                original.getNamespace(),
                false,
                original.getFields().stream()
                        .map(f -> f.name().equals("decisionDate")
                                ? new Schema.Field(f.name(), Schema.create(Schema.Type.STRING), f.doc(), (Object) null)
                                : new Schema.Field(f, f.schema()))
                        .toList());

        List<String> messages = messages(Map.of("ReporterNotification", changed), Contracts.RELEASED);

        assertThat(messages)
                .hasSize(2)
                .allSatisfy(m ->
                        assertThat(m).contains("TYPE_MISMATCH").contains("field 'ReporterNotification.decisionDate'"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("BACKWARD"))
                .anySatisfy(m -> assertThat(m).contains("FORWARD"));
    }

    @Test
    void aRemovedRequiredFieldFailsForwardBecauseOldReadersStillNeedIt() {
        Schema original = ReporterNotification.getClassSchema();
        Schema changed = Schema.createRecord(
                original.getName(),
                original.getDoc(),
                original.getNamespace(),
                false,
                original.getFields().stream()
                        .filter(f -> !f.name().equals("notifiedAt"))
                        .map(f -> new Schema.Field(f, f.schema()))
                        .toList());

        List<String> messages = messages(Map.of("ReporterNotification", changed), Contracts.RELEASED);

        assertThat(messages)
                .singleElement()
                .asString()
                .contains("not FORWARD compatible with released v1")
                .contains("field 'ReporterNotification.notifiedAt'");
    }

    @Test
    void aNestedChangeIsNamedByItsFullPath(@TempDir Path released) throws IOException {
        Schema v1 = SchemaBuilder.record("Outer")
                .namespace("t")
                .fields()
                .name("inner")
                .type(SchemaBuilder.record("Inner").fields().requiredString("a").endRecord())
                .noDefault()
                .endRecord();
        Schema v2 = SchemaBuilder.record("Outer")
                .namespace("t")
                .fields()
                .name("inner")
                .type(SchemaBuilder.record("Inner")
                        .fields()
                        .requiredString("a")
                        .requiredInt("b")
                        .endRecord())
                .noDefault()
                .endRecord();
        release(released, "Outer", 1, v1);

        assertThat(messages(Map.of("Outer", v2), released))
                .singleElement()
                .asString()
                .contains("field 'Outer.inner.b'");
    }

    @Test
    void everyEarlierReleasedVersionIsChecked(@TempDir Path released) throws IOException {
        Schema v1 = SchemaBuilder.record("Thing")
                .namespace("t")
                .fields()
                .requiredString("a")
                .endRecord();
        Schema v2 = SchemaBuilder.record("Thing")
                .namespace("t")
                .fields()
                .requiredString("a")
                .name("b")
                .type()
                .intType()
                .intDefault(0)
                .endRecord();
        Schema v3 = SchemaBuilder.record("Thing")
                .namespace("t")
                .fields()
                .name("b")
                .type()
                .intType()
                .intDefault(0)
                .endRecord();
        release(released, "Thing", 1, v1);
        release(released, "Thing", 2, v2);

        assertThat(messages(Map.of("Thing", v3), released))
                .anySatisfy(m -> assertThat(m).contains("released v1").contains("field 'Thing.a'"))
                .anySatisfy(m -> assertThat(m).contains("released v2").contains("field 'Thing.a'"));
        assertThat(messages(Map.of("Thing", v2), released)).isEmpty();
    }

    @Test
    void aNewSchemaWithoutReleasedVersionFailsTheGateSayingToReleaseIt(@TempDir Path released) {
        Schema brandNew = SchemaBuilder.record("BrandNew")
                .namespace("t")
                .fields()
                .requiredString("a")
                .endRecord();

        assertThat(messages(Map.of("BrandNew", brandNew), released))
                .singleElement()
                .asString()
                .contains("BrandNew has no released version")
                .contains("release it")
                .contains("BrandNew/v1.avsc");
    }

    @Test
    void aReleasedSchemaThatDisappearedFailsTheGate(@TempDir Path released) throws IOException {
        release(
                released,
                "Gone",
                1,
                SchemaBuilder.record("Gone").fields().requiredString("a").endRecord());

        assertThat(messages(Map.of(), released))
                .singleElement()
                .asString()
                .contains("Released schema Gone no longer exists");
    }

    /** The violations of the given schemas (the other released schemas are not in question here). */
    private static List<String> messages(Map<String, Schema> current, Path released) {
        return CompatibilityGate.check(new TreeMap<>(current), released).stream()
                .filter(v -> current.isEmpty() || current.containsKey(v.schema()))
                .map(CompatibilityGate.Violation::message)
                .toList();
    }

    private static Schema withField(Schema record, Schema.Field added) {
        List<Schema.Field> fields = new java.util.ArrayList<>(record.getFields().stream()
                .map(f -> new Schema.Field(f, f.schema()))
                .toList());
        fields.add(added);
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }

    private static void release(Path dir, String name, int version, Schema schema) throws IOException {
        Files.createDirectories(dir.resolve(name));
        Files.writeString(
                dir.resolve(name).resolve("v" + version + ".avsc"), SchemaFormatter.format("json/pretty", schema));
    }
}
