package se.oroshub.connector.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A submission that was not accepted because of what it contains. Nothing was published. Rendered as HTTP 400 with
 * one entry per {@link FieldError}. The message names fields and codes only, never values.
 */
public class SubmissionRejectedException extends RuntimeException {

    private final transient List<FieldError> errors;

    public SubmissionRejectedException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every rejected field, at least one. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return "submission rejected: "
                + errors.stream()
                        .map(e -> e.field() + " (" + e.code().code() + ")")
                        .collect(Collectors.joining(", "));
    }
}
