package se.oroshub.schemas.registry;

import java.util.List;
import org.apache.avro.Schema;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

/**
 * A client of a schema registry speaking the Confluent Schema Registry REST API (Avro schemas only).
 *
 * <p>Every method throws a {@link SchemaRegistryException} subclass for an error answer: {@link SubjectNotFoundException}
 * (40401), {@link VersionNotFoundException} (40402), {@link SchemaNotFoundException} (40403),
 * {@link IncompatibleSchemaException} (409), {@link InvalidSchemaException} (42201), {@link InvalidVersionException}
 * (42202), {@link InvalidCompatibilityLevelException} (42203), and {@link RegistryUnavailableException} when the
 * registry cannot be reached. Implementations are thread-safe.
 */
public interface SchemaRegistryClient {

    /**
     * Registers a schema under a subject ({@code POST /subjects/{subject}/versions}), or finds it if it is already
     * registered there.
     *
     * @return the registry-wide schema id
     * @throws IncompatibleSchemaException when the schema breaks the subject's compatibility level
     */
    int register(String subject, Schema schema);

    /** The schema with a registry-wide id ({@code GET /schemas/ids/{id}}). */
    Schema getSchemaById(int id);

    /** The latest version of a subject ({@code GET /subjects/{subject}/versions/latest}). */
    RegisteredSchema getLatestVersion(String subject);

    /** One version of a subject ({@code GET /subjects/{subject}/versions/{version}}). */
    RegisteredSchema getVersion(String subject, int version);

    /**
     * Finds the id and version under which a schema is already registered in a subject ({@code POST /subjects/{subject}}).
     *
     * @throws SubjectNotFoundException when the subject does not exist
     * @throws SchemaNotFoundException  when the subject exists but does not hold this schema
     */
    RegisteredSchema lookup(String subject, Schema schema);

    /** Tests a schema against the subject's latest version under the subject's compatibility level. */
    CompatibilityResult testCompatibility(String subject, Schema schema);

    /** Tests a schema against one version of the subject under the subject's compatibility level. */
    CompatibilityResult testCompatibility(String subject, Schema schema, int version);

    /** The subject's compatibility level, or the global level when the subject has none of its own. */
    CompatibilityLevel getCompatibility(String subject);

    /** Sets the subject's own compatibility level ({@code PUT /config/{subject}}). */
    void setCompatibility(String subject, CompatibilityLevel level);

    /** The registry's global compatibility level ({@code GET /config}). */
    CompatibilityLevel getGlobalCompatibility();

    /** Sets the registry's global compatibility level ({@code PUT /config}). */
    void setGlobalCompatibility(CompatibilityLevel level);

    /** Every subject ({@code GET /subjects}). */
    List<String> listSubjects();

    /** The versions of a subject, ascending ({@code GET /subjects/{subject}/versions}). */
    List<Integer> listVersions(String subject);
}
