/**
 * Delivery of routed reports to case-management systems: the {@link
 * se.oroshub.connector.socialservices.delivery.CaseManagementSystem} port, its HTTP adapter, the per-report outcome
 * handling ({@link se.oroshub.connector.socialservices.delivery.ReportDelivery}) and the per-municipality consumer
 * threads. Tested against a real loopback HTTP server in {@code ReportDeliveryTest} and end to end in
 * {@code SocialServicesConnectorIT}.
 */
package se.oroshub.connector.socialservices.delivery;
