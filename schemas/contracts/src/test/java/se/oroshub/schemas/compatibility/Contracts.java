package se.oroshub.schemas.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/** The hub's top-level schemas: one per .avsc file of the contracts, as its generated class holds it. */
final class Contracts {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    /** The contract sources. */
    static final Path SOURCES = MODULE.resolve("src/main/avro");
    /** The released versions, one directory per schema. */
    static final Path RELEASED = MODULE.resolve("src/main/avro-released");

    private static final String PACKAGE = "se.oroshub.schemas.avro.";

    private Contracts() {}

    /** Every top-level schema by simple name, from the generated classes. */
    static Map<String, Schema> current() {
        Map<String, Schema> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.getFileName().toString().endsWith(".avsc")).forEach(file -> {
                String name = file.getFileName().toString().replace(".avsc", "");
                try {
                    Class<?> generated = Class.forName(PACKAGE + name);
                    schemas.put(name, SpecificData.get().getSchema(generated));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(
                            file + " declares no type " + PACKAGE + name
                                    + ": each .avsc file holds one top-level type named like the file",
                            e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }
}
