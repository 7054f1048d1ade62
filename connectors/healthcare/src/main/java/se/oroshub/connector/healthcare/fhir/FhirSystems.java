package se.oroshub.connector.healthcare.fhir;

/**
 * The identifier systems, code systems and extensions this connector reads and writes, in one place.
 *
 * <p>The Swedish identifier systems are the ones HL7 Sweden's base profiles use; the HSA id OID is Inera's. The
 * {@code https://oroshub.se/fhir/...} URLs are this hub's own canonical URLs.
 */
public final class FhirSystems {

    /** Swedish personal identity number (personnummer), 12 digits. */
    public static final String PERSONNUMMER = "http://electronichealth.se/identifier/personnummer";
    /** Swedish coordination number (samordningsnummer): a personnummer with 60 added to the day of birth. */
    public static final String SAMORDNINGSNUMMER = "http://electronichealth.se/identifier/samordningsnummer";
    /** HSA id of a healthcare organisation (Inera's HSA catalogue). */
    public static final String HSA_ID = "urn:oid:1.2.752.29.4.19";

    private static final String BASE = "https://oroshub.se/fhir/";

    /** Communication.category: what kind of communication this is. */
    public static final String COMMUNICATION_CATEGORY = BASE + "CodeSystem/communication-category";
    /** The one category this connector accepts: a concern report about a child (orosanmälan). */
    public static final String CONCERN_REPORT = "concern-report";

    /** Payload extension: the category of one observation (a code of {@link #CONCERN_CATEGORY}). */
    public static final String CONCERN_CATEGORY_EXTENSION = BASE + "StructureDefinition/concern-category";
    /** The observation categories, the lower-case-with-hyphens form of the Avro ConcernCategory symbols. */
    public static final String CONCERN_CATEGORY = BASE + "CodeSystem/concern-category";

    /** Address extension: the official four-digit municipality code (kommunkod) of that address. */
    public static final String MUNICIPALITY_CODE_EXTENSION = BASE + "StructureDefinition/municipality-code";

    /** Identifier system of report ids assigned by the hub. */
    public static final String REPORT_ID = BASE + "sid/report-id";
    /** Extension on the created Communication: hex SHA-256 digest of exactly what the hub accepted. */
    public static final String CONTENT_DIGEST_EXTENSION = BASE + "StructureDefinition/content-digest";

    /** Task.businessStatus: the only decision a mandatory reporter may be told. */
    public static final String INVESTIGATION_DECISION = BASE + "CodeSystem/investigation-decision";

    /** OperationOutcome.issue.details: our stable snake_case rejection codes. */
    public static final String ISSUE_CODE = BASE + "CodeSystem/issue-code";

    private FhirSystems() {}
}
