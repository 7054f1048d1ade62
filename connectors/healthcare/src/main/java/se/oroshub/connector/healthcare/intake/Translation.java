package se.oroshub.connector.healthcare.intake;

import java.util.List;
import java.util.Objects;
import se.oroshub.connector.healthcare.fhir.Issue;
import se.oroshub.schemas.avro.ConcernReport;

/** The outcome of translating a FHIR document into the contract: a report ready to submit, or every problem found. */
public sealed interface Translation {

    /** The document is a valid concern report. */
    record Accepted(ConcernReport report, FieldPaths paths) implements Translation {
        public Accepted {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(paths, "paths");
        }
    }

    /** The document is not acceptable; {@code issues} holds every problem, never empty. */
    record Rejected(List<Issue> issues) implements Translation {
        public Rejected {
            issues = List.copyOf(issues);
            if (issues.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one issue");
            }
        }

        /** Whether the document could not be read as FHIR at all (HTTP 400) rather than saying something invalid (422). */
        public boolean isStructural() {
            return issues.stream().anyMatch(Issue::isStructural);
        }
    }
}
