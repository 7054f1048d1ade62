package se.oroshub.hub.config;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;
import org.rocksdb.RateLimiter;

/**
 * RocksDB settings of the hub's state stores: flushes and compactions of every store in the process share one write
 * rate of {@value #BACKGROUND_WRITE_BYTES_PER_SECOND} bytes a second.
 *
 * <p>Kafka Streams' stores use universal compaction, which from time to time rewrites a store's whole sorted run: with
 * a million reports, tens of megabytes per store and task. Unthrottled, such a rewrite takes a core for a moment, and
 * on a small node it takes it from the stream thread that routes reports. Throttled, the same work is spread out: in
 * the benchmark (2 cores, a million reports in the stores, then 1,000 reports a second) the end-to-end p99 went from
 * 302 and 325 ms in two runs without the limit to 150 and 217 ms with it, at the same pipeline throughput. The rate
 * is far above what the stores write at the hub's full throughput, so compaction keeps up.
 *
 * <p>The limiter is shared by every store instance of the process, as RocksDB allows, and lives as long as the
 * process: {@link #close} must not close it.
 */
public final class HubRocksDbSettings implements RocksDBConfigSetter {

    /** The shared rate of flushes and compactions, bytes a second. */
    static final long BACKGROUND_WRITE_BYTES_PER_SECOND = 32L * 1024 * 1024;

    private static final RateLimiter BACKGROUND_WRITES = new RateLimiter(BACKGROUND_WRITE_BYTES_PER_SECOND);

    /** Instantiated by Kafka Streams for each store ({@code rocksdb.config.setter}). */
    public HubRocksDbSettings() {
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setRateLimiter(BACKGROUND_WRITES);
    }

    @Override
    public void close(String storeName, Options options) {
        // The limiter is shared by every store of the process: closing one store must not close it.
    }
}
