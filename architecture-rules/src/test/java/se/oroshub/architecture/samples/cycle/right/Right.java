package se.oroshub.architecture.samples.cycle.right;

import se.oroshub.architecture.samples.cycle.left.Left;

public class Right {
    public Left left() {
        return new Left();
    }
}
