package se.oroshub.connector.healthcare.fhir;

import java.util.Optional;
import org.springframework.http.MediaType;

/** The FHIR wire formats this connector speaks. */
public enum FhirFormat {
    JSON(MediaType.parseMediaType("application/fhir+json")),
    XML(MediaType.parseMediaType("application/fhir+xml"));

    public static final String JSON_VALUE = "application/fhir+json";
    public static final String XML_VALUE = "application/fhir+xml";

    private final MediaType mediaType;

    FhirFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The format of a media type: the FHIR types and their generic {@code application/json} and XML relatives. */
    public static Optional<FhirFormat> of(MediaType type) {
        if (type == null) {
            return Optional.empty();
        }
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        if (subtype.equals("json") || subtype.endsWith("+json")) {
            return Optional.of(JSON);
        }
        if (subtype.equals("xml") || subtype.endsWith("+xml")) {
            return Optional.of(XML);
        }
        return Optional.empty();
    }
}
