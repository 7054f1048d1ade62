package se.oroshub.architecture.samples.outsider;

import se.oroshub.architecture.samples.owner.internal.Hidden;

public class Intruder {
    public int value() {
        return Hidden.value();
    }
}
