/**
 * Renders an {@link se.oroshub.access.model.AccessPlan} as Strimzi {@code KafkaUser} resources (mTLS, simple
 * authorization), one per principal, for the cluster the Strimzi operator manages. The checked-in
 * {@code deploy/production/kubernetes/kafka-users.yaml} must equal a fresh render of the access file:
 * {@code KafkaUsersManifestTest}.
 */
package se.oroshub.access.strimzi;
