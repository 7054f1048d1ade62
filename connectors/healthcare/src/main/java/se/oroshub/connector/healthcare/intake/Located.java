package se.oroshub.connector.healthcare.intake;

import java.util.Objects;
import org.hl7.fhir.r4.model.Resource;

/** A resource of the submission together with its FHIRPath in the submitted document. */
record Located<T extends Resource>(T resource, String path) {

    Located {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(path, "path");
    }

    String at(String relative) {
        return path + "." + relative;
    }
}
