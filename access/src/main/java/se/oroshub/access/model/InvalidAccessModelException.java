package se.oroshub.access.model;

import java.util.List;

/** The access file describes something the hub cannot grant safely; the message names every problem found. */
public class InvalidAccessModelException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidAccessModelException(List<String> problems) {
        super("the access model is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
