package se.oroshub.connector.healthcare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The FHIR documents under {@code src/test/resources/fixtures}. Every personal identity number in them is synthetic. */
public final class Fixtures {

    /** The synthetic personal identity number of the child in the fixtures (birth number 982: a test number). */
    public static final String CHILD_PNR = "201503149823";
    /** The HSA id of the sending organisation in the fixtures and in the test configuration. */
    public static final String HSA_ID = "SE1234567890-BVC1";

    private Fixtures() {}

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
