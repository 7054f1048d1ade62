package se.oroshub.registryserver.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import se.oroshub.registryserver.store.StoreKey;
import se.oroshub.registryserver.store.StoreRecord;
import se.oroshub.registryserver.store.StoreValue;
import se.oroshub.registryserver.store.StoreValue.SchemaValue;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

/**
 * The registry's state, built only by applying store records in log order (from start-up replay and from the
 * registry's own writes alike). Thread-safe: the store's reader applies while request threads read.
 */
final class RegistryState {

    private final Map<String, NavigableMap<Integer, SchemaValue>> subjects = new TreeMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel;
    private int maxId;

    synchronized void apply(StoreRecord record) {
        if (record.key() instanceof StoreKey.SchemaKey key) {
            record.value().ifPresentOrElse(value -> putVersion((SchemaValue) value), () -> removeVersion(key));
        } else if (record.key() instanceof StoreKey.ConfigKey key) {
            Optional<CompatibilityLevel> level = record.value().map(value -> ((StoreValue.ConfigValue) value).level());
            if (key.subject() == null) {
                globalLevel = level.orElse(null);
            } else {
                level.ifPresentOrElse(
                        l -> subjectLevels.put(key.subject(), l), () -> subjectLevels.remove(key.subject()));
            }
        } else if (record.key() instanceof StoreKey.DeleteSubjectKey key) {
            record.value().ifPresent(value -> {
                int upTo = ((StoreValue.DeleteSubjectValue) value).version();
                NavigableMap<Integer, SchemaValue> versions = subjects.get(key.subject());
                if (versions != null) {
                    versions.headMap(upTo, true).replaceAll((version, schema) -> schema.asDeleted());
                }
            });
        }
    }

    private void putVersion(SchemaValue value) {
        subjects.computeIfAbsent(value.subject(), s -> new TreeMap<>()).put(value.version(), value);
        schemasById.put(value.id(), value.schema());
        idsBySchema.putIfAbsent(value.schema(), value.id());
        maxId = Math.max(maxId, value.id());
    }

    private void removeVersion(StoreKey.SchemaKey key) {
        NavigableMap<Integer, SchemaValue> versions = subjects.get(key.subject());
        if (versions == null) {
            return;
        }
        SchemaValue removed = versions.remove(key.version());
        if (versions.isEmpty()) {
            subjects.remove(key.subject());
        }
        if (removed != null && !referenced(removed.id())) {
            schemasById.remove(removed.id());
            idsBySchema.remove(removed.schema(), removed.id());
        }
    }

    private boolean referenced(int id) {
        return subjects.values().stream().flatMap(v -> v.values().stream()).anyMatch(v -> v.id() == id);
    }

    /** Names of subjects with at least one version (not soft-deleted unless {@code includeDeleted}). */
    synchronized List<String> subjects(boolean includeDeleted) {
        return subjects.entrySet().stream()
                .filter(e -> e.getValue().values().stream().anyMatch(v -> includeDeleted || !v.deleted()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The versions of a subject, oldest first (soft-deleted ones only if {@code includeDeleted}). */
    synchronized List<SchemaValue> versions(String subject, boolean includeDeleted) {
        NavigableMap<Integer, SchemaValue> versions = subjects.get(subject);
        if (versions == null) {
            return List.of();
        }
        return versions.values().stream()
                .filter(v -> includeDeleted || !v.deleted())
                .toList();
    }

    /** The highest version number a subject ever had, soft-deleted ones included; 0 when it has none. */
    synchronized int highestVersion(String subject) {
        NavigableMap<Integer, SchemaValue> versions = subjects.get(subject);
        return versions == null || versions.isEmpty() ? 0 : versions.lastKey();
    }

    synchronized Optional<String> schemaById(int id) {
        return Optional.ofNullable(schemasById.get(id));
    }

    synchronized Optional<Integer> idOf(String canonicalSchema) {
        return Optional.ofNullable(idsBySchema.get(canonicalSchema));
    }

    /** Every subject version that holds the schema with this id. */
    synchronized List<SchemaValue> usesOf(int id) {
        List<SchemaValue> uses = new ArrayList<>();
        subjects.values()
                .forEach(versions ->
                        versions.values().stream().filter(v -> v.id() == id).forEach(uses::add));
        return uses;
    }

    synchronized int maxId() {
        return maxId;
    }

    synchronized Optional<CompatibilityLevel> globalLevel() {
        return Optional.ofNullable(globalLevel);
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }
}
