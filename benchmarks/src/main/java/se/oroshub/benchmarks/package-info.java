/**
 * The benchmark driver behind {@code deploy/bench.sh}: the hub's pipeline against the raw broker on the same machine,
 * end-to-end latency, the HTTP intake, replay and memory, printed as a table and written as JSON. A test driver, not a
 * deployed component. Its stages run in miniature on a real broker in {@code HubBenchmarkIT}.
 */
package se.oroshub.benchmarks;
