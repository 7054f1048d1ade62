package se.oroshub.system;

import java.nio.file.Path;

/** The executable jars this build produced, whose paths failsafe passes as {@code oroshub.flow.<component>-jar}. */
public final class BuiltJars {

    private BuiltJars() {}

    /**
     * The jar named by the system property {@code oroshub.flow.<property>}, e.g. {@code hub-jar}.
     *
     * @throws IllegalStateException when the test was not started by Maven, which sets the property
     */
    public static Path jar(String property) {
        String path = System.getProperty("oroshub.flow." + property);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("system property oroshub.flow." + property + " is not set; run this test"
                    + " through Maven (failsafe passes the paths of the executable jars)");
        }
        return Path.of(path);
    }
}
