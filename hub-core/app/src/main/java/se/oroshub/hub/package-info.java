/**
 * The hub's Kafka Streams application: the adapter between Kafka and the pure rules of {@code se.oroshub.hub.rules}.
 *
 * <ul>
 *   <li>{@link se.oroshub.hub.topology} builds the topology (one static function, tested with TopologyTestDriver);</li>
 *   <li>{@link se.oroshub.hub.state} lays out the values of its state stores in bytes;</li>
 *   <li>{@link se.oroshub.hub.runtime} runs it: Kafka Streams lifecycle, topic provisioning, health;</li>
 *   <li>{@link se.oroshub.hub.audit} verifies the audit hash chains from the audit topic;</li>
 *   <li>{@link se.oroshub.hub.clearing} holds the clearing desk's tools, {@link se.oroshub.hub.cli} what the
 *       command-line tools share;</li>
 *   <li>{@link se.oroshub.hub.config} holds the configuration ({@code oroshub.hub.*}).</li>
 * </ul>
 *
 * <p>No rule is decided here: the application decodes, keys, stores and forwards; every decision is a call into the
 * rules module.
 *
 * <p>{@link se.oroshub.hub.HubApplication} starts the hub, or one of its command-line tools. {@code CrashMidStreamIT}
 * runs it as the executable jar, killed and replaced mid-stream; {@code HubArchitectureTest} keeps these packages
 * free of cycles and of test fixtures, and the topology and state free of Spring.
 */
package se.oroshub.hub;
