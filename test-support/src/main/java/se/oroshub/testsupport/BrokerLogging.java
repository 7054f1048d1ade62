package se.oroshub.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Quietens the broker: an in-process broker logs thousands of INFO lines at start-up, which slows it down by seconds.
 * Sets these loggers to WARN when logback is the SLF4J binding, unless a level was configured for them already (a
 * module's {@code logback-test.xml} wins):
 * <ul>
 *   <li>{@code kafka}: the broker (kafka.server, kafka.log, kafka.coordinator...)</li>
 *   <li>{@code org.apache.kafka}: raft, controller, metadata, storage, and the clients' config dumps</li>
 *   <li>{@code state.change.logger}: partition state changes</li>
 *   <li>{@code org.testcontainers}, {@code tc}, {@code com.github.dockerjava}: the container backend</li>
 * </ul>
 */
final class BrokerLogging {

    static final List<String> LOGGERS = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "org.testcontainers", "tc", "com.github.dockerjava");

    private BrokerLogging() {}

    static void quieten() {
        if (!isLogback()) {
            return;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : LOGGERS) {
            Logger logger = context.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARN);
            }
        }
    }

    /**
     * Runs {@code probe} with the Testcontainers Docker discovery logger switched off: on a machine without Docker it
     * logs an ERROR for what is, here, the expected outcome of choosing the in-process broker.
     */
    static <T> T withDockerDiscoverySilenced(java.util.function.Supplier<T> probe) {
        if (!isLogback()) {
            return probe.get();
        }
        Logger discovery =
                ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.testcontainers.dockerclient");
        Level before = discovery.getLevel();
        discovery.setLevel(Level.OFF);
        try {
            return probe.get();
        } finally {
            discovery.setLevel(before);
        }
    }

    private static boolean isLogback() {
        try {
            return LoggerFactory.getILoggerFactory() instanceof LoggerContext;
        } catch (NoClassDefFoundError e) {
            return false;
        }
    }
}
