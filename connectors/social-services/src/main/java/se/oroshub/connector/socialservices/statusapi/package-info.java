/**
 * {@code POST /api/v1/status-events}: status events from case-management systems, validated into the contract's
 * {@code CaseStatusEvent} with one {@code FieldError} per problem. Tested in {@code StatusEventMapperTest} and
 * {@code SocialServicesConnectorIT}.
 */
package se.oroshub.connector.socialservices.statusapi;
