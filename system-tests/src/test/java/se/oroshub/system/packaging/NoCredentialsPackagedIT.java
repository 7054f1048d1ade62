package se.oroshub.system.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.oroshub.system.BuiltJars;

/**
 * No executable jar of a connector or of a simulator carries a sign-in or a password: the demo users and secrets of
 * the local runtime live in {@code deploy/local/<component>/application-local.yml}, outside every jar, and a
 * deployment brings its own. Read are the application's own classes and resources and those of the project's modules
 * inside the jar; the third-party libraries are not.
 */
class NoCredentialsPackagedIT {

    private static final List<String> FORBIDDEN = List.of("{noop}", "-demo", "dev-only-secret");
    /** A password given a value in configuration, other than from an environment variable without a default. */
    private static final Pattern PASSWORD_VALUE =
            Pattern.compile("(?im)^[ \\t-]*[\\w.\\[\\]-]*password\\s*[:=]\\s*(?!\\$\\{[A-Z0-9_]+:?}\\s*$)(\\S.*)$");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "school-jar",
                "healthcare-jar",
                "police-jar",
                "social-services-jar",
                "case-management-jar",
                "identity-issuer-jar"
            })
    void theJarHoldsNoSignInAndNoPassword(String jarProperty) throws IOException {
        Path jar = BuiltJars.jar(jarProperty);
        List<String> findings = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            scan(zip, jar.getFileName().toString(), findings);
        }

        assertThat(findings)
                .as("credentials packaged into %s", jar.getFileName())
                .isEmpty();
    }

    private static void scan(ZipInputStream zip, String where, List<String> findings) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                if (ourModule(name)) {
                    scan(new ZipInputStream(new NonClosing(zip)), where + "!" + name, findings);
                }
            } else if (!entry.isDirectory() && (name.startsWith("BOOT-INF/classes/") || !where.endsWith("-exec.jar"))) {
                check(where + "!" + name, zip.readAllBytes(), findings);
            }
        }
    }

    private static boolean ourModule(String name) {
        String file = name.substring("BOOT-INF/lib/".length());
        return file.startsWith("connectors-") || file.startsWith("simulators-");
    }

    private static void check(String entry, byte[] bytes, List<String> findings) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String forbidden : FORBIDDEN) {
            if (text.contains(forbidden)) {
                findings.add(entry + " contains " + forbidden);
            }
        }
        if (entry.endsWith(".yml") || entry.endsWith(".yaml") || entry.endsWith(".properties")) {
            Matcher password = PASSWORD_VALUE.matcher(text);
            while (password.find()) {
                findings.add(entry + " sets a password: " + password.group().strip());
            }
        }
    }

    /** The current entry of an enclosing zip, read as a nested zip without closing the enclosing one. */
    private static final class NonClosing extends InputStream {

        private final InputStream in;

        NonClosing(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, length);
        }
    }
}
