package se.oroshub.schemas.compatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Applies a compatibility level with Avro's own checker ({@link SchemaCompatibility}) and words every incompatibility
 * it finds so a person can act on it: which field, what is wrong, against which version. The one checker of the
 * project: the registry server, the in-memory test registry and the contracts' compatibility gate all use it.
 */
public final class CompatibilityChecker {

    private CompatibilityChecker() {}

    /**
     * Checks {@code candidate} against {@code earlier} (oldest first) under {@code level}: against the latest only, or
     * against all of them for the transitive levels.
     *
     * @return one message per incompatibility; empty when compatible
     */
    public static List<String> check(Schema candidate, List<VersionedSchema> earlier, CompatibilityLevel level) {
        if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
            return List.of();
        }
        List<VersionedSchema> against = level.transitive() ? earlier : List.of(earlier.get(earlier.size() - 1));
        List<String> messages = new ArrayList<>();
        for (VersionedSchema old : against) {
            Schema oldSchema = old.schema();
            if (level.backward()) {
                describe(
                        SchemaCompatibility.checkReaderWriterCompatibility(candidate, oldSchema),
                        candidate,
                        true,
                        old,
                        level,
                        messages);
            }
            if (level.forward()) {
                describe(
                        SchemaCompatibility.checkReaderWriterCompatibility(oldSchema, candidate),
                        oldSchema,
                        false,
                        old,
                        level,
                        messages);
            }
        }
        return messages;
    }

    private static void describe(
            SchemaCompatibility.SchemaPairCompatibility result,
            Schema readerSchema,
            boolean newIsReader,
            VersionedSchema old,
            CompatibilityLevel level,
            List<String> messages) {
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            messages.add(describe(incompatibility, readerSchema, newIsReader, old.version(), level));
        }
    }

    private static String describe(
            Incompatibility incompatibility,
            Schema readerSchema,
            boolean newIsReader,
            int oldVersion,
            CompatibilityLevel level) {
        String reader = newIsReader ? "the new schema" : "version " + oldVersion;
        String writer = newIsReader ? "version " + oldVersion : "the new schema";
        String location = incompatibility.getLocation();
        String where = fieldPath(readerSchema, location)
                .map(path -> "field '" + path + "'")
                .orElse("the " + incompatibility.getReaderFragment().getType().getName() + " at '" + location + "'");
        String detail = incompatibility.getMessage();
        String reason = switch (incompatibility.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE ->
                "the field '" + detail + "' in " + reader + " has no default value and is missing in " + writer;
            case TYPE_MISMATCH -> "the type of " + where + " changed incompatibly (" + detail + ")";
            case NAME_MISMATCH ->
                "the name of " + where + " differs between " + reader + " and " + writer + " (" + detail + ")";
            case FIXED_SIZE_MISMATCH -> "the fixed size of " + where + " differs (" + detail + ")";
            case MISSING_ENUM_SYMBOLS ->
                "the enum " + where + " in " + reader + " lacks symbols that " + writer + " uses: " + detail;
            case MISSING_UNION_BRANCH ->
                "the union " + where + " in " + reader + " lacks a branch that " + writer + " uses (" + detail + ")";
        };
        return incompatibility.getType() + " at '" + location + "': " + reason + " [" + level + "]";
    }

    /**
     * Resolves an Avro compatibility location such as {@code /fields/2/type/1} against the reader schema into the
     * dotted field names it passes through, e.g. {@code child.birthDate}; empty when it passes no field.
     */
    public static Optional<String> fieldPath(Schema root, String location) {
        List<String> names = new ArrayList<>();
        Schema current = root;
        String[] parts = location.split("/");
        try {
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i];
                switch (part) {
                    case "fields" -> {
                        Schema.Field field = current.getFields().get(Integer.parseInt(parts[++i]));
                        names.add(field.name());
                        current = field.schema();
                    }
                    case "items" -> current = current.getElementType();
                    case "values" -> current = current.getValueType();
                    default -> {
                        if (current.getType() == Schema.Type.UNION
                                && part.chars().allMatch(Character::isDigit)) {
                            current = current.getTypes().get(Integer.parseInt(part));
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // a location beyond what the schema has: keep the fields found so far
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(".", names));
    }
}
