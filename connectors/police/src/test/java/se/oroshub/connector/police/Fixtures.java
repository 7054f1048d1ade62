package se.oroshub.connector.police;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test documents under {@code src/test/resources/documents}, and variants of them. */
public final class Fixtures {

    /** The synthetic personal identity number in {@code valid-full.xml} (birth number in Skatteverket's test range). */
    public static final String CHILD_PNR = "20120315-9981";

    private Fixtures() {}

    public static String document(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String validFull() {
        return document("valid-full.xml");
    }

    /** {@code valid-full.xml} with its document id replaced, so each test submits a report of its own. */
    public static String validFull(String documentId) {
        return replace(validFull(), "PM-2026-5000-004711", documentId);
    }

    /** Replaces {@code target} in {@code document}, failing if it is not there, so a variant cannot silently be valid. */
    public static String replace(String document, String target, String replacement) {
        if (!document.contains(target)) {
            throw new IllegalArgumentException("fixture does not contain: " + target);
        }
        return document.replace(target, replacement);
    }

    public static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }
}
