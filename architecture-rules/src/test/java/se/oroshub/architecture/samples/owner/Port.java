package se.oroshub.architecture.samples.owner;

import se.oroshub.architecture.samples.owner.internal.Hidden;

public class Port {
    public int value() {
        return Hidden.value();
    }
}
