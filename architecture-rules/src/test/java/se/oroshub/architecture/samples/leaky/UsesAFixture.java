package se.oroshub.architecture.samples.leaky;

import org.assertj.core.api.Assertions;

public class UsesAFixture {
    public void check() {
        Assertions.assertThat(true).isTrue();
    }
}
