package se.oroshub.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

class MockSchemaRegistryTest {

    private static final Schema V1 = SchemaBuilder.record("Ping")
            .namespace("test")
            .fields()
            .requiredString("id")
            .endRecord();
    private static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("Ping")
            .namespace("test")
            .fields()
            .requiredString("id")
            .name("note")
            .type()
            .stringType()
            .stringDefault("")
            .endRecord();
    private static final Schema V2_WITHOUT_DEFAULT = SchemaBuilder.record("Ping")
            .namespace("test")
            .fields()
            .requiredString("id")
            .requiredLong("count")
            .endRecord();

    private final MockSchemaRegistry registry = new MockSchemaRegistry();

    @AfterEach
    void dropScopes() {
        MockSchemaRegistry.clearAllScopes();
    }

    @Test
    void registeringTheSameSchemaTwiceReturnsTheSameIdAndVersion() {
        int id = registry.register("p-value", V1);

        assertThat(registry.register("p-value", V1)).isEqualTo(id);
        assertThat(registry.listVersions("p-value")).containsExactly(1);
        assertThat(registry.getSchemaById(id)).isEqualTo(V1);
    }

    @Test
    void theSameSchemaHasTheSameIdInEverySubject() {
        assertThat(registry.register("a-value", V1)).isEqualTo(registry.register("b-value", V1));
        assertThat(registry.listSubjects()).containsExactly("a-value", "b-value");
    }

    @Test
    void backwardCompatibleChangeBecomesTheNextVersion() {
        registry.register("p-value", V1);
        int id2 = registry.register("p-value", V2_WITH_DEFAULT);

        assertThat(registry.getLatestVersion("p-value"))
                .isEqualTo(new RegisteredSchema("p-value", 2, id2, V2_WITH_DEFAULT));
        assertThat(registry.getVersion("p-value", 1).schema()).isEqualTo(V1);
        assertThat(registry.lookup("p-value", V1).version()).isEqualTo(1);
    }

    @Test
    void backwardIncompatibleChangeIsRefusedNamingTheField() {
        registry.register("p-value", V1);

        assertThat(registry.testCompatibility("p-value", V2_WITHOUT_DEFAULT).compatible())
                .isFalse();
        assertThatThrownBy(() -> registry.register("p-value", V2_WITHOUT_DEFAULT))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE")
                .hasMessageContaining("count")
                .satisfies(e ->
                        assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(409));
        assertThat(registry.listVersions("p-value")).containsExactly(1);
    }

    @Test
    void compatibilityLevelNoneAcceptsAnyChangeAndForwardChecksTheOtherDirection() {
        registry.register("p-value", V1);
        registry.setCompatibility("p-value", CompatibilityLevel.NONE);
        registry.register("p-value", V2_WITHOUT_DEFAULT);

        registry.register("q-value", V2_WITHOUT_DEFAULT);
        registry.setCompatibility("q-value", CompatibilityLevel.FORWARD);
        assertThat(registry.testCompatibility("q-value", V1).compatible())
                .as("old readers of q (which need 'count') cannot read data without it")
                .isFalse();
        assertThat(registry.getCompatibility("q-value")).isEqualTo(CompatibilityLevel.FORWARD);
        assertThat(registry.getCompatibility("other")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void unknownSubjectVersionAndSchemaHaveTheirConfluentCodes() {
        registry.register("p-value", V1);

        assertThatThrownBy(() -> registry.getLatestVersion("nope")).isInstanceOf(SubjectNotFoundException.class);
        assertThatThrownBy(() -> registry.getVersion("p-value", 5)).isInstanceOf(VersionNotFoundException.class);
        assertThatThrownBy(() -> registry.getVersion("p-value", 0)).isInstanceOf(InvalidVersionException.class);
        assertThatThrownBy(() -> registry.getSchemaById(99)).isInstanceOf(SchemaNotFoundException.class);
        assertThatThrownBy(() -> registry.lookup("p-value", V2_WITH_DEFAULT))
                .isInstanceOf(SchemaNotFoundException.class);
        assertThat(CompatibilityLevel.parse("SIDEWAYS")).isEmpty();
    }

    @Test
    void clientsOfOneMockScopeShareARegistryUntilTheScopeIsDropped() {
        SchemaRegistryClient first = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://shared"));
        SchemaRegistryClient second = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://shared"));
        int id = first.register("p-value", V1);

        assertThat(second.getSchemaById(id)).isEqualTo(V1);
        MockSchemaRegistry.dropScope("shared");
        SchemaRegistryClient afterDrop =
                SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://shared"));
        assertThat(afterDrop.listSubjects()).isEmpty();
    }
}
