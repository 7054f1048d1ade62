/**
 * Applies an {@link se.oroshub.access.model.AccessPlan} to a running cluster with Kafka's Admin API: creates the
 * missing ACL bindings and deletes the stale ones of every principal the access file manages, so removing a principal
 * from the file revokes its access; applying twice changes nothing. Proven on a broker that enforces the ACLs, over
 * mTLS, by {@link se.oroshub.access.kafka.BrokerAccessIT}; the translation is guarded by {@code KafkaAclsTest}.
 */
package se.oroshub.access.kafka;
