package se.oroshub.hub.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.TopologyDescription;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.topology.HubDriver;
import se.oroshub.hub.topology.HubSerdes;
import se.oroshub.hub.topology.HubTopology;
import se.oroshub.schemas.avro.UnroutableReport;
import se.oroshub.schemas.registry.MockSchemaRegistry;

/**
 * The build's gate for the state stores' formats, under the store format policy of this package: for every store of
 * the topology, every released sample under {@code store-formats/<store>/v<version>-<variant>.bin} is read by the
 * store's current serde, the samples of one variant hold the same value in every version, and the latest version's
 * samples are what the serde writes today, byte for byte. A failure names the store and the version.
 *
 * <p>The clearing store's samples name their writer schema by its registry id; {@code schema-id-<id>.avsc} next to
 * them is that schema, registered here under its id before the samples are read.
 */
class StoreFormatCompatibilityTest {

    private static final Pattern SAMPLE = Pattern.compile("v(\\d+)-([a-z0-9-]+)\\.bin");
    private static final Pattern SCHEMA = Pattern.compile("schema-id-(\\d+)\\.avsc");
    /** Stores whose value is a contract in the Confluent wire format: it evolves under the contracts' gate. */
    private static final Set<String> CONTRACT_VALUES = Set.of(HubTopology.CLEARING_STORE);

    private static final String SCOPE = "store-formats-" + UUID.randomUUID();
    private static HubSerdes serdes;
    private static Map<String, Serde<?>> stores;

    @BeforeAll
    static void registerTheSamplesWriterSchemas() throws IOException {
        serdes = HubSerdes.fromConfig(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + SCOPE));
        MockSchemaRegistry registry = MockSchemaRegistry.forScope(SCOPE);
        try (Stream<Path> files = Files.list(samples().resolve(HubTopology.CLEARING_STORE))) {
            for (Path file : files.filter(f -> SCHEMA.matcher(name(f)).matches())
                    .sorted(Comparator.comparingInt(f -> id(name(f))))
                    .toList()) {
                Schema schema = new Schema.Parser().parse(Files.readString(file, StandardCharsets.UTF_8));
                assertThat(registry.register(changelog(HubTopology.CLEARING_STORE) + "-value", schema))
                        .as("the registry id of %s", file)
                        .isEqualTo(id(name(file)));
            }
        }
        stores = Map.of(
                HubTopology.LEDGER_STORE, StateSerdes.ledger(),
                HubTopology.CLOCK_STORE, StateSerdes.clocks(),
                HubTopology.DUE_INDEX_STORE, StateSerdes.dueIndex(),
                HubTopology.CLEARING_STORE, StateSerdes.waitingInClearing(serdes.value(UnroutableReport.class)),
                HubTopology.LINK_STORE, StateSerdes.linkEntries(),
                HubTopology.INTAKE_AUDIT_HEAD_STORE, StateSerdes.auditHeads(),
                HubTopology.LINKING_AUDIT_HEAD_STORE, StateSerdes.auditHeads());
    }

    @AfterAll
    static void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void everyStoreOfTheTopologyHasReleasedSamples() {
        assertThat(stores.keySet()).as("the stores this gate knows").isEqualTo(topologyStores());
        for (String store : stores.keySet()) {
            assertThat(samples(store)).as("released samples of store %s", store).isNotEmpty();
        }
    }

    @Test
    void everyReleasedSampleIsReadByTheCurrentCodec() {
        List<String> failures = new ArrayList<>();
        for (String store : stores.keySet()) {
            for (Sample sample : samples(store)) {
                if (sample.version() > 0 && (sample.bytes().length == 0 || sample.bytes()[0] != sample.version())) {
                    failures.add(sample + " does not start with its version byte");
                }
                try {
                    read(sample);
                } catch (IllegalStateException e) {
                    failures.add(e.getMessage() + ": " + e.getCause());
                }
            }
        }
        assertThat(failures)
                .as(() -> "store format gate:\n" + String.join("\n", failures))
                .isEmpty();
    }

    @Test
    void everyVersionOfASampleHoldsTheSameValue() {
        SoftAssertions softly = new SoftAssertions();
        for (String store : stores.keySet()) {
            Map<String, List<Sample>> variants = samples(store).stream()
                    .collect(Collectors.groupingBy(Sample::variant, TreeMap::new, Collectors.toList()));
            variants.values().forEach(versions -> {
                Sample latest = versions.get(versions.size() - 1);
                for (Sample earlier : versions.subList(0, versions.size() - 1)) {
                    softly.assertThat(read(earlier))
                            .as("%s against version %d", earlier, latest.version())
                            .usingRecursiveComparison()
                            .isEqualTo(read(latest));
                }
            });
        }
        softly.assertAll();
    }

    @Test
    void theLatestReleasedVersionIsWhatEachStoreWritesToday() {
        SoftAssertions softly = new SoftAssertions();
        for (String store : stores.keySet()) {
            List<Sample> released = samples(store);
            int latest = released.get(released.size() - 1).version();
            for (Sample sample :
                    released.stream().filter(s -> s.version() == latest).toList()) {
                byte[] written = write(store, read(sample));
                if (CONTRACT_VALUES.contains(store)) {
                    softly.assertThat(written[0])
                            .as("the version %s writes", sample)
                            .isEqualTo(sample.bytes()[0]);
                    softly.assertThat(read(new Sample(store, latest, sample.variant(), written)))
                            .as("%s written again and read", sample)
                            .usingRecursiveComparison()
                            .isEqualTo(read(sample));
                } else {
                    softly.assertThat(written)
                            .as(
                                    "what the current codec writes, against the latest released %s; "
                                            + "a changed format is a new version with samples of its own",
                                    sample)
                            .isEqualTo(sample.bytes());
                }
            }
        }
        softly.assertAll();
    }

    private static Object read(Sample sample) {
        Object value;
        try {
            value = stores.get(sample.store()).deserializer().deserialize(changelog(sample.store()), sample.bytes());
        } catch (RuntimeException e) {
            throw new IllegalStateException(sample + " cannot be read by the current codec", e);
        }
        if (value == null) {
            throw new IllegalStateException(
                    sample + " cannot be read by the current codec", new IllegalArgumentException("read as nothing"));
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static byte[] write(String store, Object value) {
        return ((Serde<Object>) stores.get(store)).serializer().serialize(changelog(store), value);
    }

    /** A released sample of one store, in one version, of one variant. */
    private record Sample(String store, int version, String variant, byte[] bytes) {
        @Override
        public String toString() {
            return "store " + store + " version " + version + " (sample " + variant + ")";
        }
    }

    /** The released samples of a store, by version. */
    private static List<Sample> samples(String store) {
        Path dir = samples().resolve(store);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Sample> samples = new ArrayList<>();
            for (Path file : files.toList()) {
                Matcher matcher = SAMPLE.matcher(name(file));
                if (matcher.matches()) {
                    samples.add(new Sample(
                            store, Integer.parseInt(matcher.group(1)), matcher.group(2), Files.readAllBytes(file)));
                }
            }
            samples.sort(Comparator.comparingInt(Sample::version).thenComparing(Sample::variant));
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path samples() {
        try {
            return Path.of(Objects.requireNonNull(
                            StoreFormatCompatibilityTest.class.getResource("/store-formats"),
                            "store-formats on the test classpath")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> topologyStores() {
        return HubTopology.build(HubDriver.defaultConfig(), serdes, topic -> {}).describe().subtopologies().stream()
                .flatMap(subtopology -> subtopology.nodes().stream())
                .filter(TopologyDescription.Processor.class::isInstance)
                .flatMap(node -> ((TopologyDescription.Processor) node).stores().stream())
                .collect(Collectors.toSet());
    }

    private static String changelog(String store) {
        return "oroshub-hub-" + store + "-changelog";
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static int id(String schemaFile) {
        Matcher matcher = SCHEMA.matcher(schemaFile);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(schemaFile);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
