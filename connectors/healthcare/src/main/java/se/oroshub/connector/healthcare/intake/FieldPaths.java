package se.oroshub.connector.healthcare.intake;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each field of the contract came from in the submitted FHIR document, so that a violation the shared validator
 * reports on a contract field ({@code child.municipalityOfRegistration}) can be shown at its FHIRPath
 * ({@code Bundle.entry[1].resource.address[0].district}). A field without its own entry is shown at its nearest
 * recorded parent.
 */
public final class FieldPaths {

    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();

    void put(String field, String fhirPath) {
        paths.put(field, fhirPath);
    }

    /** Marks a contract field (and everything under it) as already reported by a FHIR-level check. */
    void reported(String field) {
        reported.add(field);
    }

    /** Whether a FHIR-level check already reported this field or one of its parents. */
    boolean isReported(String field) {
        return reported.stream()
                .anyMatch(r -> field.equals(r) || field.startsWith(r + ".") || field.startsWith(r + "["));
    }

    /** The FHIRPath the contract field (or its nearest recorded parent) was read from. */
    public Optional<String> of(String field) {
        String f = field;
        while (true) {
            String path = paths.get(f);
            if (path != null) {
                return Optional.of(path);
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            if (cut <= 0) {
                return Optional.empty();
            }
            f = f.substring(0, cut);
        }
    }
}
