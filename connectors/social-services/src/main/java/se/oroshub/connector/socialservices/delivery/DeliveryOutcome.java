package se.oroshub.connector.socialservices.delivery;

import java.util.Objects;

/** What a case-management system answered to a delivery that reached it. */
public sealed interface DeliveryOutcome {

    /**
     * The system registered the report (201/200), or had already registered it (409): either way this is its
     * acknowledgement of receipt.
     *
     * @param systemReference the system's case or diary number, if it gave one
     * @param duplicate       whether the system reported it already had the report
     */
    record Acknowledged(String systemReference, boolean duplicate) implements DeliveryOutcome {}

    /**
     * The system refused the report (a 4xx other than 409): delivering it again unchanged will not help, so it is
     * not retried; a person must look at it.
     *
     * @param httpStatus the status code
     * @param code       the system's problem code, if it sent one, else {@code http_<status>}
     */
    record Refused(int httpStatus, String code) implements DeliveryOutcome {

        public Refused {
            Objects.requireNonNull(code, "code");
        }
    }
}
