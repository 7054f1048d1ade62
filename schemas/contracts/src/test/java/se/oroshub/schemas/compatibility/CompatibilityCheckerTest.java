package se.oroshub.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {

    private static final String V1 = record("{\"name\":\"id\",\"type\":\"string\"}");
    private static final String WITH_REQUIRED =
            record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"unit\",\"type\":\"string\"}");
    private static final String WITH_OPTIONAL = record(
            "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}");
    private static final String WITHOUT_ID =
            record("{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}");

    @Test
    void backwardRejectsANewFieldWithoutDefaultAndNamesIt() {
        List<String> problems = check(WITH_REQUIRED, List.of(V1), CompatibilityLevel.BACKWARD);

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("the field 'unit' in the new schema has no default value and is missing in version 1");
    }

    @Test
    void forwardAcceptsANewFieldWithoutDefault() {
        assertThat(check(WITH_REQUIRED, List.of(V1), CompatibilityLevel.FORWARD))
                .isEmpty();
    }

    @Test
    void forwardRejectsRemovingAFieldTheOldSchemaNeeds() {
        List<String> problems = check(WITHOUT_ID, List.of(V1), CompatibilityLevel.FORWARD);

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("the field 'id' in version 1 has no default value and is missing in the new schema");
    }

    @Test
    void fullChecksBothDirections() {
        assertThat(check(WITH_OPTIONAL, List.of(V1), CompatibilityLevel.FULL)).isEmpty();
        assertThat(check(WITH_REQUIRED, List.of(V1), CompatibilityLevel.FULL)).hasSize(1);
        assertThat(check(WITHOUT_ID, List.of(V1), CompatibilityLevel.FULL)).hasSize(1);
    }

    @Test
    void aNonTransitiveLevelLooksAtTheLatestVersionOnly() {
        List<String> history = List.of(WITH_REQUIRED, WITH_OPTIONAL);

        assertThat(check(V1, history, CompatibilityLevel.FORWARD)).isEmpty();
        assertThat(check(V1, history, CompatibilityLevel.FORWARD_TRANSITIVE))
                .singleElement()
                .asString()
                .contains("'unit'")
                .contains("version 1");
    }

    @Test
    void aTypeChangeNamesTheFieldByItsPath() {
        String nested = "{\"type\":\"record\",\"name\":\"Outer\",\"fields\":[{\"name\":\"child\",\"type\":"
                + "{\"type\":\"record\",\"name\":\"Child\",\"fields\":[{\"name\":\"age\",\"type\":\"%s\"}]}}]}";

        List<String> problems =
                check(nested.formatted("int"), List.of(nested.formatted("string")), CompatibilityLevel.BACKWARD);

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("TYPE_MISMATCH")
                .contains("field 'child.age'")
                .contains("[BACKWARD]");
    }

    @Test
    void noneAcceptsAnything() {
        assertThat(check(record("{\"name\":\"x\",\"type\":\"int\"}"), List.of(V1), CompatibilityLevel.NONE))
                .isEmpty();
    }

    @Test
    void aFirstVersionIsAlwaysCompatible() {
        assertThat(check(V1, List.of(), CompatibilityLevel.FULL_TRANSITIVE)).isEmpty();
    }

    private static List<String> check(String candidate, List<String> history, CompatibilityLevel level) {
        List<VersionedSchema> earlier = new java.util.ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            earlier.add(new VersionedSchema(i + 1, new Schema.Parser().parse(history.get(i))));
        }
        return CompatibilityChecker.check(new Schema.Parser().parse(candidate), earlier, level);
    }

    private static String record(String fields) {
        return "{\"type\":\"record\",\"name\":\"Visit\",\"fields\":[" + fields + "]}";
    }
}
