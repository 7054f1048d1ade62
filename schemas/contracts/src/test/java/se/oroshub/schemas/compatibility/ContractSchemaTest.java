package se.oroshub.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ReporterNotification;

/** Rules every contract schema keeps. */
class ContractSchemaTest {

    /** Every field holding a personal identity number is found by its property, for field-level encryption. */
    @Test
    void everyPersonalIdentityNumberFieldCarriesTheSensitivityProperty() {
        Map<String, Schema.Field> found = new LinkedHashMap<>();
        Contracts.current().values().forEach(schema -> collectFields(schema, schema.getName(), new HashSet<>(), found));

        Map<String, Schema.Field> identityFields = found.entrySet().stream()
                .filter(e -> e.getValue().name().toLowerCase(Locale.ROOT).contains("personalidentitynumber"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(identityFields).containsKey("ConcernReport.child.personalIdentityNumber");
        identityFields.forEach((path, field) -> assertThat(field.getProp("sensitivity"))
                .as("field %s must carry \"sensitivity\": \"PERSONAL_IDENTITY_NUMBER\"", path)
                .isEqualTo("PERSONAL_IDENTITY_NUMBER"));
    }

    /**
     * Old SoL 14 kap. 1 b § and OSL 26 kap. 9 a §: a mandatory reporter may learn only whether an investigation was
     * opened, not opened or is already ongoing. The notification therefore holds ids, the decision and dates and
     * nothing else; any added field, free text included, fails here and must be argued against the law first.
     */
    @Test
    void reporterNotificationCarriesOnlyIdsTheDecisionAndDates() {
        Schema schema = ReporterNotification.getClassSchema();

        Map<String, String> fields = new LinkedHashMap<>();
        collectTypes(schema, "", fields);

        assertThat(fields)
                .containsExactly(
                        Map.entry("notificationId", "string"),
                        Map.entry("reportId", "string"),
                        Map.entry(
                                "reportingOrganisation.scheme",
                                "enum OrganisationIdScheme[ORGANISATION_NUMBER, HSA_ID, SCHOOL_UNIT_CODE, POLICE_UNIT, MUNICIPALITY_CODE]"),
                        Map.entry("reportingOrganisation.value", "string"),
                        Map.entry("decision", "enum InvestigationDecision[OPENED, NOT_OPENED, ALREADY_ONGOING]"),
                        Map.entry("decisionDate", "int/date"),
                        Map.entry("notifiedAt", "long/timestamp-millis"));
    }

    private static void collectFields(Schema schema, String path, Set<String> visited, Map<String, Schema.Field> out) {
        switch (schema.getType()) {
            case RECORD -> {
                if (!visited.add(schema.getFullName() + "@" + path)) {
                    return;
                }
                for (Schema.Field field : schema.getFields()) {
                    out.put(path + "." + field.name(), field);
                    collectFields(field.schema(), path + "." + field.name(), visited, out);
                }
            }
            case UNION -> schema.getTypes().forEach(t -> collectFields(t, path, visited, out));
            case ARRAY -> collectFields(schema.getElementType(), path, visited, out);
            case MAP -> collectFields(schema.getValueType(), path, visited, out);
            default -> {}
        }
    }

    private static void collectTypes(Schema schema, String prefix, Map<String, String> out) {
        for (Schema.Field field : schema.getFields()) {
            Schema type = field.schema();
            String path = prefix + field.name();
            switch (type.getType()) {
                case RECORD -> collectTypes(type, path + ".", out);
                case ENUM -> out.put(path, "enum " + type.getName() + type.getEnumSymbols());
                default ->
                    out.put(
                            path,
                            type.getType().getName()
                                    + (type.getLogicalType() == null
                                            ? ""
                                            : "/" + type.getLogicalType().getName()));
            }
        }
    }
}
