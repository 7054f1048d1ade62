package se.oroshub.schemas.identity;

/**
 * A string is not a valid Swedish personal identity number or coordination number. The message says why in words and
 * never repeats the number itself, so it is safe to log and to show.
 */
public final class InvalidPersonalIdentityNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Problem problem;

    public InvalidPersonalIdentityNumberException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** Why a number was refused. */
    public enum Problem {
        MISSING("is missing"),
        MALFORMED("must be 12 digits (YYYYMMDDNNNC), optionally with '-' or '+' before the last four"),
        INVALID_DATE("does not contain a real date of birth"),
        IN_THE_FUTURE("has a date of birth in the future"),
        CHECKSUM("has a wrong check digit");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return "personal identity number " + message;
        }
    }
}
