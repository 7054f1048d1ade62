/**
 * The {@code access} command ({@code java -jar access-*-exec.jar}): {@code apply} the access file to a cluster,
 * {@code render-strimzi} it as {@code KafkaUser} manifests, {@code issue-certificates} for its principals from a local
 * CA. Guarded by {@code AccessCommandTest}, and on a real broker by {@link se.oroshub.access.kafka.BrokerAccessIT}.
 */
package se.oroshub.access.cli;
