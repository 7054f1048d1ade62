package se.oroshub.registryserver.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

class StoreCodecTest {

    private final StoreCodec codec = new StoreCodec();

    @Test
    void writesSchemaRecordsAsConfluentsRegistryDoes() {
        StoreRecord record = StoreRecord.put(
                new StoreKey.SchemaKey("visits-value", 2),
                new StoreValue.SchemaValue("visits-value", 2, 7, "\"string\"", false));

        assertThat(codec.encodeKey(record.key()))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"visits-value\",\"version\":2,\"magic\":1}");
        assertThat(codec.encodeValue(record.value()))
                .isEqualTo(
                        "{\"subject\":\"visits-value\",\"version\":2,\"id\":7,\"schema\":\"\\\"string\\\"\",\"deleted\":false}");
    }

    @Test
    void everyKindOfRecordSurvivesARoundTrip() {
        for (StoreRecord record : new StoreRecord[] {
            StoreRecord.put(new StoreKey.SchemaKey("s", 1), new StoreValue.SchemaValue("s", 1, 1, "\"int\"", true)),
            StoreRecord.tombstone(new StoreKey.SchemaKey("s", 1)),
            StoreRecord.put(StoreKey.ConfigKey.GLOBAL, new StoreValue.ConfigValue(CompatibilityLevel.FULL)),
            StoreRecord.put(new StoreKey.ConfigKey("s"), new StoreValue.ConfigValue(CompatibilityLevel.NONE)),
            StoreRecord.put(new StoreKey.DeleteSubjectKey("s"), new StoreValue.DeleteSubjectValue("s", 3))
        }) {
            assertThat(codec.decode(codec.encodeKey(record.key()), codec.encodeValue(record.value())))
                    .contains(record);
        }
    }

    @Test
    void skipsKeyTypesThisRegistryDoesNotUse() {
        assertThat(codec.decode("{\"keytype\":\"NOOP\",\"magic\":0}", null)).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsARecordThatIsNotJsonSayingWhichPart() {
        assertThatThrownBy(() -> codec.decode("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1}", "nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value is not JSON");
    }
}
