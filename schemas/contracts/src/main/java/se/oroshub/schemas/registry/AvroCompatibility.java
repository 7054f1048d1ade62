package se.oroshub.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Compatibility checks by a subject's {@link CompatibilityLevel}, with Avro's own checker
 * ({@link SchemaCompatibility}), as the Confluent registry does them.
 */
public final class AvroCompatibility {

    private AvroCompatibility() {
    }

    /**
     * Checks a candidate schema against a subject's earlier versions.
     *
     * @param level     the subject's compatibility level
     * @param candidate the schema about to be registered
     * @param earlier   the subject's versions, oldest first; non-transitive levels check only the last one
     * @return one message per incompatibility; empty when the candidate may be registered
     */
    public static List<String> check(CompatibilityLevel level, Schema candidate, List<Schema> earlier) {
        List<String> messages = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
            return messages;
        }
        List<Schema> against = level.transitive() ? earlier : List.of(earlier.get(earlier.size() - 1));
        for (Schema existing : against) {
            if (level.checksBackward()) {
                describe("BACKWARD", SchemaCompatibility.checkReaderWriterCompatibility(candidate, existing), messages);
            }
            if (level.checksForward()) {
                describe("FORWARD", SchemaCompatibility.checkReaderWriterCompatibility(existing, candidate), messages);
            }
        }
        return messages;
    }

    private static void describe(String direction, SchemaPairCompatibility pair, List<String> messages) {
        for (Incompatibility incompatibility : pair.getResult().getIncompatibilities()) {
            messages.add("{direction: " + direction + ", errorType: '" + incompatibility.getType()
                    + "', description: '" + incompatibility.getMessage() + "', location: '"
                    + incompatibility.getLocation() + "'}");
        }
    }
}
