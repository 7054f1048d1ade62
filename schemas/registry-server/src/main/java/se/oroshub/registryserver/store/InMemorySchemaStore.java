package se.oroshub.registryserver.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A store that keeps its log in memory: for tests of the REST layer and the compatibility rules. A second registry
 * started on the same instance replays the same log, as a restart on the Kafka store would.
 */
public final class InMemorySchemaStore implements SchemaStore {

    private final List<StoreRecord> log = new ArrayList<>();
    private Consumer<StoreRecord> sink;
    private boolean closed;

    @Override
    public synchronized void start(Consumer<StoreRecord> newSink) {
        log.forEach(newSink);
        this.sink = newSink;
        this.closed = false;
    }

    @Override
    public synchronized void append(StoreRecord record) throws StoreException {
        if (sink == null || closed) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the in-memory store is not started");
        }
        log.add(record);
        sink.accept(record);
    }

    /** The records appended so far, in order. */
    public synchronized List<StoreRecord> records() {
        return List.copyOf(log);
    }

    @Override
    public String describe() {
        return "in memory";
    }

    @Override
    public synchronized void close() {
        closed = true;
        sink = null;
    }
}
