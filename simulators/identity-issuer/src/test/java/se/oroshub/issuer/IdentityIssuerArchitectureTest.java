package se.oroshub.issuer;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the identity issuer. */
class IdentityIssuerArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.issuer";
    }
}
