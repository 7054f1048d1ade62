package se.oroshub.registryserver.store;

import java.util.Objects;
import java.util.Optional;

/** One record of the store: a key and either a value or a tombstone (a permanent deletion). */
public record StoreRecord(StoreKey key, Optional<StoreValue> value) {

    public StoreRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    public static StoreRecord put(StoreKey key, StoreValue value) {
        return new StoreRecord(key, Optional.of(value));
    }

    public static StoreRecord tombstone(StoreKey key) {
        return new StoreRecord(key, Optional.empty());
    }
}
