package se.oroshub.schemas.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import se.oroshub.schemas.compatibility.CompatibilityChecker;
import se.oroshub.schemas.compatibility.CompatibilityLevel;
import se.oroshub.schemas.compatibility.VersionedSchema;

/**
 * An in-memory schema registry with the semantics of the Confluent one: ids are registry-wide and the same schema
 * gets the same id in every subject, registering a schema already in the subject returns its id, and a new version
 * must pass the subject's compatibility level (default {@link CompatibilityLevel#BACKWARD}) under Avro's own checker.
 *
 * <p>Selected by a {@code mock://<scope>} URL: all clients configured with the same scope share one instance, as with
 * Confluent's {@code MockSchemaRegistry}. Tests drop their scope with {@link #dropScope(String)}.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {

    /** The URL scheme that selects a mock registry. */
    public static final String MOCK_URL_PREFIX = "mock://";

    private static final Map<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();

    private final Map<Integer, Schema> schemasById = new LinkedHashMap<>();
    private final Map<String, List<RegisteredSchema>> subjects = new LinkedHashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new LinkedHashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

    /** A registry of its own, shared with nobody. */
    public MockSchemaRegistry() {}

    /** The registry of a scope, created on first use and shared by every client of that scope. */
    public static MockSchemaRegistry forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistry());
    }

    /** Forgets a scope, so its next use starts empty. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    /** Forgets every scope. */
    public static void clearAllScopes() {
        SCOPES.clear();
    }

    /** The scope of a {@code mock://scope} URL. */
    public static String scopeOf(String url) {
        return url.substring(MOCK_URL_PREFIX.length());
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<RegisteredSchema> versions = subjects.getOrDefault(subject, List.of());
        for (RegisteredSchema existing : versions) {
            if (existing.schema().equals(schema)) {
                return existing.id();
            }
        }
        List<String> problems = CompatibilityChecker.check(schema, versioned(versions), getCompatibility(subject));
        if (!problems.isEmpty()) {
            throw new IncompatibleSchemaException("Schema being registered is incompatible with an earlier schema for "
                    + "subject \"" + subject + "\", details: " + problems);
        }
        int id = idOf(schema);
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        subjects.computeIfAbsent(subject, s -> new ArrayList<>())
                .add(new RegisteredSchema(subject, version, id, schema));
        return id;
    }

    private int idOf(Schema schema) {
        for (Map.Entry<Integer, Schema> entry : schemasById.entrySet()) {
            if (entry.getValue().equals(schema)) {
                return entry.getKey();
            }
        }
        int id = schemasById.size() + 1;
        schemasById.put(id, schema);
        return id;
    }

    @Override
    public synchronized Schema getSchemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaNotFoundException("Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema getLatestVersion(String subject) {
        List<RegisteredSchema> versions = versionsOf(subject);
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized RegisteredSchema getVersion(String subject, int version) {
        if (version < 1) {
            throw new InvalidVersionException("The specified version '" + version + "' is not a valid version id. "
                    + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
        }
        return versionsOf(subject).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> new VersionNotFoundException(
                        "Version " + version + " not found for subject '" + subject + "'"));
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        return versionsOf(subject).stream()
                .filter(v -> v.schema().equals(schema))
                .findFirst()
                .orElseThrow(() -> new SchemaNotFoundException("Schema not found under subject '" + subject + "'"));
    }

    @Override
    public synchronized CompatibilityResult testCompatibility(String subject, Schema schema) {
        List<RegisteredSchema> versions = subjects.getOrDefault(subject, List.of());
        List<String> problems = CompatibilityChecker.check(schema, versioned(versions), getCompatibility(subject));
        return new CompatibilityResult(problems.isEmpty(), problems);
    }

    @Override
    public synchronized CompatibilityResult testCompatibility(String subject, Schema schema, int version) {
        List<String> problems = CompatibilityChecker.check(
                schema,
                versioned(List.of(getVersion(subject, version))),
                getCompatibility(subject).againstLatestOnly());
        return new CompatibilityResult(problems.isEmpty(), problems);
    }

    @Override
    public synchronized CompatibilityLevel getCompatibility(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    @Override
    public synchronized void setCompatibility(String subject, CompatibilityLevel level) {
        subjectLevels.put(subject, level);
    }

    @Override
    public synchronized CompatibilityLevel getGlobalCompatibility() {
        return globalLevel;
    }

    @Override
    public synchronized void setGlobalCompatibility(CompatibilityLevel level) {
        globalLevel = level;
    }

    @Override
    public synchronized List<String> listSubjects() {
        return List.copyOf(subjects.keySet());
    }

    @Override
    public synchronized List<Integer> listVersions(String subject) {
        return versionsOf(subject).stream().map(RegisteredSchema::version).toList();
    }

    private List<RegisteredSchema> versionsOf(String subject) {
        List<RegisteredSchema> versions = subjects.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SubjectNotFoundException("Subject '" + subject + "' not found.");
        }
        return versions;
    }

    private static List<VersionedSchema> versioned(List<RegisteredSchema> versions) {
        return versions.stream()
                .map(v -> new VersionedSchema(v.version(), v.schema()))
                .toList();
    }
}
