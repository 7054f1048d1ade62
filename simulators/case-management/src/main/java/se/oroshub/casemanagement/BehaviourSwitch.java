package se.oroshub.casemanagement;

import java.util.concurrent.atomic.AtomicReference;

/** Holds the current {@link Behaviour}; each delivery takes one step of it. */
public final class BehaviourSwitch {

    private final AtomicReference<Behaviour> current = new AtomicReference<>(Behaviour.NORMAL);

    public Behaviour current() {
        return current.get();
    }

    public void set(Behaviour behaviour) {
        current.set(behaviour);
    }

    /** The behaviour that applies to this delivery; counts it against a limited behaviour. */
    public Behaviour next() {
        return current.getAndUpdate(Behaviour::consumeOne);
    }
}
