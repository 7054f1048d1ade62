package se.oroshub.schemas.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaParseException;

/**
 * Checks every current top-level schema against every released version of itself, kept as
 * {@code <released>/<SchemaName>/v<N>.avsc} (full, self-contained schemas), with Avro's own checker.
 *
 * <p>Both directions are required for every released version (Confluent's FULL_TRANSITIVE):
 * <ul>
 *   <li>BACKWARD, the current schema reads data written with any released version: topics keep records for 30 days to
 *       forever (receipts, audit, dead letters), and a restarted hub rebuilds its state by reading them again.</li>
 *   <li>FORWARD, any released version reads data written with the current schema: connectors run at agencies and
 *       municipalities on their own upgrade schedule, so old consumers keep reading while producers upgrade.</li>
 * </ul>
 */
final class CompatibilityGate {

    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.avsc");

    /** One failed check, worded to be acted on. */
    record Violation(String schema, String message) {}

    private CompatibilityGate() {}

    /**
     * Runs the gate.
     *
     * @param current     every current top-level schema by its simple name
     * @param releasedDir the directory holding one sub-directory of released versions per schema name
     * @return every violation; empty when the current schemas may be released
     */
    static List<Violation> check(Map<String, Schema> current, Path releasedDir) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, Schema> entry : new TreeMap<>(current).entrySet()) {
            String name = entry.getKey();
            Map<Integer, Path> versions = releasedVersions(releasedDir.resolve(name));
            if (versions.isEmpty()) {
                violations.add(new Violation(
                        name,
                        "Schema " + name + " has no released version: release it by writing its "
                                + "full schema (SchemaFormatter.format(\"json/pretty\", " + name
                                + ".getClassSchema())) to "
                                + releasedDir.resolve(name).resolve("v1.avsc")));
                continue;
            }
            versions.forEach((version, file) -> checkVersion(name, entry.getValue(), version, file, violations));
        }
        for (String released : releasedNames(releasedDir)) {
            if (!current.containsKey(released)) {
                violations.add(
                        new Violation(
                                released,
                                "Released schema " + released + " no longer exists in the "
                                        + "contracts: a released schema may be deprecated but not removed, or consumers of its topic break"));
            }
        }
        return violations;
    }

    private static void checkVersion(String name, Schema currentSchema, int version, Path file, List<Violation> out) {
        Schema released;
        try {
            released = new Schema.Parser().parse(file.toFile());
        } catch (IOException | SchemaParseException e) {
            out.add(new Violation(
                    name,
                    "Released version v" + version + " of " + name + " (" + file + ") cannot be read: "
                            + e.getMessage()));
            return;
        }
        if (!released.getFullName().equals(currentSchema.getFullName())) {
            out.add(new Violation(
                    name,
                    name + " v" + version + " is named " + released.getFullName() + " but the current " + "schema is "
                            + currentSchema.getFullName() + ": renaming breaks every reader"));
            return;
        }
        describe(
                name,
                version,
                "BACKWARD",
                "the current schema cannot read data written with v" + version,
                SchemaCompatibility.checkReaderWriterCompatibility(currentSchema, released)
                        .getResult()
                        .getIncompatibilities(),
                currentSchema,
                out);
        describe(
                name,
                version,
                "FORWARD",
                "readers still on v" + version + " cannot read data written with the current schema",
                SchemaCompatibility.checkReaderWriterCompatibility(released, currentSchema)
                        .getResult()
                        .getIncompatibilities(),
                released,
                out);
    }

    private static void describe(
            String name,
            int version,
            String direction,
            String meaning,
            List<Incompatibility> incompatibilities,
            Schema reader,
            List<Violation> out) {
        for (Incompatibility incompatibility : incompatibilities) {
            String field = fieldPath(reader, incompatibility);
            out.add(new Violation(
                    name,
                    name + " is not " + direction + " compatible with released v" + version + " ("
                            + meaning + "): " + incompatibility.getType() + " at field '" + field + "' (location "
                            + incompatibility.getLocation() + "): " + incompatibility.getMessage()));
        }
    }

    /**
     * The dotted field path of an incompatibility, e.g. {@code ConcernReport.child.personalIdentityNumber}, read from
     * its location (a JSON pointer into the reader schema) by the one {@link CompatibilityChecker}.
     */
    static String fieldPath(Schema reader, Incompatibility incompatibility) {
        return CompatibilityChecker.fieldPath(reader, incompatibility.getLocation())
                .map(path -> reader.getName() + "." + path)
                .orElse(reader.getName());
    }

    private static Map<Integer, Path> releasedVersions(Path dir) {
        Map<Integer, Path> versions = new TreeMap<>(Comparator.naturalOrder());
        if (!Files.isDirectory(dir)) {
            return versions;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> {
                Matcher matcher = VERSION_FILE.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    versions.put(Integer.parseInt(matcher.group(1)), file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static Set<String> releasedNames(Path releasedDir) {
        if (!Files.isDirectory(releasedDir)) {
            return Set.of();
        }
        try (Stream<Path> dirs = Files.list(releasedDir)) {
            return new java.util.TreeSet<>(dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
