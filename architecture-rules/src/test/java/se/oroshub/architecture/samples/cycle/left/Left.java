package se.oroshub.architecture.samples.cycle.left;

import se.oroshub.architecture.samples.cycle.right.Right;

public class Left {
    public Right right() {
        return new Right();
    }
}
