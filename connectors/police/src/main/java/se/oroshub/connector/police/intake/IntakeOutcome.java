package se.oroshub.connector.police.intake;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import se.oroshub.schemas.avro.Receipt;

/** What became of a submitted police document. */
public sealed interface IntakeOutcome {

    /** The broker durably acknowledged the report; {@code receipt} proves what was accepted. */
    record Accepted(Receipt receipt) implements IntakeOutcome {
        public Accepted {
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /** The document is invalid; nothing was published. Sending it again unchanged will fail the same way. */
    record Rejected(List<DocumentProblem> problems) implements IntakeOutcome {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
        }
    }

    /** The document names a sender the submitter may not act for; nothing was published. */
    record NotPermitted() implements IntakeOutcome {}

    /** The broker did not acknowledge in time: the report was NOT accepted; submit the same document again later. */
    record Unavailable(Duration retryAfter) implements IntakeOutcome {
        public Unavailable {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
