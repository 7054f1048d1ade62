package se.oroshub.registryserver.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.avro.Schema;
import se.oroshub.registryserver.store.SchemaStore;
import se.oroshub.registryserver.store.StoreException;
import se.oroshub.registryserver.store.StoreKey;
import se.oroshub.registryserver.store.StoreRecord;
import se.oroshub.registryserver.store.StoreValue;
import se.oroshub.registryserver.store.StoreValue.SchemaValue;
import se.oroshub.schemas.compatibility.CompatibilityChecker;
import se.oroshub.schemas.compatibility.CompatibilityLevel;
import se.oroshub.schemas.compatibility.VersionedSchema;

/**
 * The registry's operations, with Confluent's semantics: ids are global and stable (the same schema gets the same id
 * under every subject), versions count per subject, deletes are soft unless permanent, and a registration must pass
 * the subject's compatibility level. Every change goes through the store and reaches the state by replay; writes are
 * serialised so that "highest id plus one" is decided by one writer at a time.
 */
public final class SchemaRegistry {

    /** The only schema type this registry accepts. */
    public static final String AVRO = "AVRO";

    private final SchemaStore store;
    private final RegistryState state = new RegistryState();
    private final CompatibilityLevel defaultLevel;
    private final ReentrantLock writeLock = new ReentrantLock();

    public SchemaRegistry(SchemaStore store, CompatibilityLevel defaultLevel) {
        this.store = Objects.requireNonNull(store, "store");
        this.defaultLevel = Objects.requireNonNull(defaultLevel, "defaultLevel");
    }

    /** Replays the store; the registry serves requests only after this returns. */
    public void start() throws StoreException {
        store.start(state::apply);
    }

    /** A parsed schema from a request, with its canonical text (its identity). */
    record Candidate(Schema schema, String canonical) {}

    /** The result of a compatibility check. */
    record Compatibility(boolean compatible, List<String> messages) {}

    static Candidate parse(String schemaText, String schemaType, boolean hasReferences) {
        if (schemaType != null && !AVRO.equals(schemaType)) {
            throw new RegistryException(
                    ErrorCode.INVALID_SCHEMA,
                    "Invalid schema: schemaType '" + schemaType
                            + "' is not supported; this registry accepts AVRO only.");
        }
        if (hasReferences) {
            throw new RegistryException(
                    ErrorCode.INVALID_SCHEMA,
                    "Invalid schema: schema references are not supported; inline the referenced types.");
        }
        if (schemaText == null || schemaText.isBlank()) {
            throw new RegistryException(ErrorCode.INVALID_SCHEMA, "Invalid schema: the request has no schema.");
        }
        try {
            Schema schema = new Schema.Parser().setValidateDefaults(true).parse(schemaText);
            return new Candidate(schema, schema.toString());
        } catch (RuntimeException e) {
            throw new RegistryException(ErrorCode.INVALID_SCHEMA, "Invalid Avro schema: " + e.getMessage(), e);
        }
    }

    public int maxId() {
        return state.maxId();
    }

    public int schemaCount() {
        return state.subjects(true).stream()
                .mapToInt(s -> state.versions(s, true).size())
                .sum();
    }

    List<String> subjects(boolean includeDeleted) {
        return state.subjects(includeDeleted);
    }

    List<Integer> versions(String subject, boolean includeDeleted) {
        List<Integer> versions = state.versions(subject, includeDeleted).stream()
                .map(SchemaValue::version)
                .toList();
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions;
    }

    SchemaValue version(String subject, VersionRef ref, boolean includeDeleted) {
        List<SchemaValue> versions = state.versions(subject, includeDeleted);
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        if (ref.isLatest()) {
            return versions.get(versions.size() - 1);
        }
        int wanted = ref.number().getAsInt();
        return versions.stream()
                .filter(v -> v.version() == wanted)
                .findFirst()
                .orElseThrow(() -> RegistryException.versionNotFound(subject, wanted));
    }

    String schemaById(int id) {
        return state.schemaById(id).orElseThrow(() -> RegistryException.schemaNotFound("Schema " + id + " not found"));
    }

    List<SchemaValue> usesOf(int id) {
        schemaById(id);
        return state.usesOf(id);
    }

    SchemaValue lookup(String subject, Candidate candidate, boolean includeDeleted) {
        List<SchemaValue> versions = state.versions(subject, includeDeleted);
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions.stream()
                .filter(v -> v.schema().equals(candidate.canonical()))
                .reduce((a, b) -> b)
                .orElseThrow(
                        () -> RegistryException.schemaNotFound("Schema not found under subject '" + subject + "'"));
    }

    /** Registers a schema under a subject and returns its global id; registering an existing version is a no-op. */
    int register(String subject, Candidate candidate) {
        writeLock.lock();
        try {
            List<SchemaValue> live = state.versions(subject, false);
            for (SchemaValue existing : live) {
                if (existing.schema().equals(candidate.canonical())) {
                    return existing.id();
                }
            }
            CompatibilityLevel level = effectiveLevel(subject);
            List<String> problems = CompatibilityChecker.check(candidate.schema(), versioned(live), level);
            if (!problems.isEmpty()) {
                throw new RegistryException(
                        ErrorCode.INCOMPATIBLE_SCHEMA,
                        "Schema being registered is incompatible with an earlier schema for subject '" + subject
                                + "' (compatibility level " + level + "): " + String.join("; ", problems));
            }
            int id = state.idOf(candidate.canonical()).orElseGet(() -> state.maxId() + 1);
            int version = state.highestVersion(subject) + 1;
            append(StoreRecord.put(
                    new StoreKey.SchemaKey(subject, version),
                    new SchemaValue(subject, version, id, candidate.canonical(), false)));
            return id;
        } finally {
            writeLock.unlock();
        }
    }

    Compatibility checkCompatibility(String subject, VersionRef ref, Candidate candidate) {
        CompatibilityLevel level = effectiveLevel(subject);
        List<SchemaValue> against;
        if (ref == null) {
            against = state.versions(subject, false);
        } else if (ref.isLatest() && level.transitive()) {
            against = state.versions(subject, false);
            if (against.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
        } else {
            against = List.of(version(subject, ref, false));
        }
        List<String> problems = CompatibilityChecker.check(candidate.schema(), versioned(against), level);
        return new Compatibility(problems.isEmpty(), problems);
    }

    int deleteVersion(String subject, VersionRef ref, boolean permanent) {
        writeLock.lock();
        try {
            SchemaValue target = version(subject, ref, !ref.isLatest() || permanent);
            StoreKey key = new StoreKey.SchemaKey(subject, target.version());
            if (permanent) {
                if (!target.deleted()) {
                    throw new RegistryException(
                            ErrorCode.VERSION_NOT_SOFT_DELETED,
                            "Subject '" + subject + "' Version " + target.version()
                                    + " was not deleted first before being permanently deleted");
                }
                append(StoreRecord.tombstone(key));
            } else {
                if (target.deleted()) {
                    throw new RegistryException(
                            ErrorCode.VERSION_SOFT_DELETED,
                            "Subject '" + subject + "' Version " + target.version()
                                    + " was soft deleted. Set permanent=true to delete permanently");
                }
                append(StoreRecord.put(key, target.asDeleted()));
            }
            return target.version();
        } finally {
            writeLock.unlock();
        }
    }

    List<Integer> deleteSubject(String subject, boolean permanent) {
        writeLock.lock();
        try {
            List<SchemaValue> all = state.versions(subject, true);
            if (all.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            List<SchemaValue> live = state.versions(subject, false);
            List<Integer> deleted;
            if (permanent) {
                if (!live.isEmpty()) {
                    throw new RegistryException(
                            ErrorCode.SUBJECT_NOT_SOFT_DELETED,
                            "Subject '" + subject + "' was not deleted first before being permanently deleted");
                }
                deleted = all.stream().map(SchemaValue::version).toList();
                for (SchemaValue version : all) {
                    append(StoreRecord.tombstone(new StoreKey.SchemaKey(subject, version.version())));
                }
                append(StoreRecord.tombstone(new StoreKey.DeleteSubjectKey(subject)));
                if (state.subjectLevel(subject).isPresent()) {
                    append(StoreRecord.tombstone(new StoreKey.ConfigKey(subject)));
                }
            } else {
                if (live.isEmpty()) {
                    throw new RegistryException(
                            ErrorCode.SUBJECT_SOFT_DELETED,
                            "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
                }
                deleted = live.stream().map(SchemaValue::version).toList();
                int upTo = live.get(live.size() - 1).version();
                append(StoreRecord.put(
                        new StoreKey.DeleteSubjectKey(subject), new StoreValue.DeleteSubjectValue(subject, upTo)));
            }
            return deleted;
        } finally {
            writeLock.unlock();
        }
    }

    CompatibilityLevel globalLevel() {
        return state.globalLevel().orElse(defaultLevel);
    }

    CompatibilityLevel subjectLevel(String subject, boolean defaultToGlobal) {
        return state.subjectLevel(subject)
                .or(() -> defaultToGlobal ? Optional.of(globalLevel()) : Optional.empty())
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                        "Subject '" + subject + "' does not have subject-level compatibility configured"));
    }

    void setLevel(String subjectOrNull, CompatibilityLevel level) {
        writeLock.lock();
        try {
            append(StoreRecord.put(new StoreKey.ConfigKey(subjectOrNull), new StoreValue.ConfigValue(level)));
        } finally {
            writeLock.unlock();
        }
    }

    CompatibilityLevel deleteSubjectLevel(String subject) {
        writeLock.lock();
        try {
            CompatibilityLevel previous = subjectLevel(subject, false);
            append(StoreRecord.tombstone(new StoreKey.ConfigKey(subject)));
            return previous;
        } finally {
            writeLock.unlock();
        }
    }

    private CompatibilityLevel effectiveLevel(String subject) {
        return state.subjectLevel(subject).orElseGet(this::globalLevel);
    }

    private void append(StoreRecord record) {
        try {
            store.append(record);
        } catch (StoreException e) {
            ErrorCode code = switch (e.kind()) {
                case BACKEND -> ErrorCode.STORE_ERROR;
                case TIMEOUT -> ErrorCode.STORE_TIMEOUT;
                case UNAVAILABLE -> ErrorCode.STORE_UNAVAILABLE;
            };
            throw new RegistryException(
                    code,
                    switch (e.kind()) {
                                case BACKEND -> "Error in the backend data store: ";
                                case TIMEOUT -> "Operation timed out in the backend data store: ";
                                case UNAVAILABLE -> "The registry cannot write to its data store: ";
                            }
                            + e.getMessage(),
                    e);
        }
    }

    private static List<VersionedSchema> versioned(List<SchemaValue> values) {
        return values.stream()
                .map(value -> new VersionedSchema(value.version(), new Schema.Parser().parse(value.schema())))
                .toList();
    }
}
