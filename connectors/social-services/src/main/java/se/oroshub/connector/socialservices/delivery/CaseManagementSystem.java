package se.oroshub.connector.socialservices.delivery;

import se.oroshub.schemas.avro.RoutedReport;

/**
 * A municipality's case-management system (verksamhetssystem), as the connector delivers to it. One attempt per
 * call: retry, circuit breaking and time limits are the caller's business.
 */
public interface CaseManagementSystem {

    /**
     * Delivers one routed report, idempotently: delivering the same report id again must not create a second case.
     *
     * @return {@link DeliveryOutcome.Acknowledged} when the system has the report, {@link DeliveryOutcome.Refused}
     *         when it refuses it for good
     * @throws CaseSystemUnavailableException when the attempt did not reach a verdict
     */
    DeliveryOutcome deliver(RoutedReport report);
}
