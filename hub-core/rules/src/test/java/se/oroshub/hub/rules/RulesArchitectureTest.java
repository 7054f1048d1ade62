package se.oroshub.hub.rules;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the hub's rules; the rules' own are in {@link RulesBoundaryTest}. */
class RulesArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.hub.rules";
    }
}
