package se.oroshub.architecture.samples.owner.internal;

public class Hidden {
    public static int value() {
        return 1;
    }
}
