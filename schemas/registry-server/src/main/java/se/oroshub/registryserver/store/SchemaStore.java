package se.oroshub.registryserver.store;

import java.util.function.Consumer;

/**
 * The durable log the registry's state is built from. The registry never reads the store directly: it hands a sink to
 * {@link #start}, and every record, old or new, reaches the registry through that sink in log order. That way the
 * state after a restart is exactly the state before it.
 */
public interface SchemaStore extends AutoCloseable {

    /**
     * Replays every existing record into {@code sink}, in log order, and returns once the replay has caught up with the
     * end of the log. Afterwards every appended record also reaches {@code sink}.
     */
    void start(Consumer<StoreRecord> sink) throws StoreException;

    /**
     * Appends a record and returns only once it is durable (acknowledged by the backend) and has been handed to the
     * sink, so a caller that reads the registry's state right after sees its own write.
     */
    void append(StoreRecord record) throws StoreException;

    /** A short description of where the records live, for the start-up log line. */
    String describe();

    @Override
    void close();
}
