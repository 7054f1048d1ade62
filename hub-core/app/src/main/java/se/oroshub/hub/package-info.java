/**
 * The hub's Kafka Streams application: the adapter between Kafka and the pure rules of {@code se.oroshub.hub.rules}.
 *
 * <ul>
 *   <li>{@link se.oroshub.hub.topology} builds the topology (one static function, tested with TopologyTestDriver);</li>
 *   <li>{@link se.oroshub.hub.runtime} runs it: Kafka Streams lifecycle, topic provisioning, health;</li>
 *   <li>{@link se.oroshub.hub.audit} verifies the audit hash chains from the audit topic;</li>
 *   <li>{@link se.oroshub.hub.config} holds the configuration ({@code oroshub.hub.*}).</li>
 * </ul>
 *
 * <p>No rule is decided here: the application decodes, keys, stores and forwards; every decision is a call into the
 * rules module.
 */
package se.oroshub.hub;
