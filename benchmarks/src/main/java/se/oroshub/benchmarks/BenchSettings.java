package se.oroshub.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one benchmark run measures and against what.
 *
 * @param bootstrapServers   the broker
 * @param registryUrl        the schema registry
 * @param schoolUrl          base URL of a running school connector; empty skips the HTTP stage
 * @param schoolCredentials  {@code user:password} of a configured school user
 * @param stages             the stages to run
 * @param rawRecords         records per producer setting in the raw baseline
 * @param reports            reports through the hub pipeline (also what replay rebuilds and what the heap holds)
 * @param latencyDuration    how long each offered rate of the end-to-end stage runs
 * @param latencyRates       the offered rates of the end-to-end stage, reports per second
 * @param httpDuration       how long the HTTP stage is measured (after its warm-up)
 * @param httpClients        concurrent HTTP clients
 * @param scalingReports     reports per run of the scaling stage
 * @param scalingPartitions  partition and stream-thread counts of the scaling stage
 * @param stateDir           where the in-process hub keeps its state stores
 * @param output             where the JSON results go
 * @param profile            where to write a JFR recording of the hub pipeline stage, if one is wanted
 * @param hubOverrides       Kafka Streams settings to try on the in-process hub on top of the hub's own
 * @param commit             the git commit measured
 * @param projectVersion     the project version measured
 * @param mode               {@code quick} or {@code default}, recorded with the results
 */
public record BenchSettings(
        String bootstrapServers,
        String registryUrl,
        Optional<String> schoolUrl,
        String schoolCredentials,
        Set<Stage> stages,
        int rawRecords,
        int reports,
        Duration latencyDuration,
        List<Integer> latencyRates,
        Duration httpDuration,
        int httpClients,
        int scalingReports,
        List<Integer> scalingPartitions,
        Path stateDir,
        Path output,
        Optional<Path> profile,
        Map<String, String> hubOverrides,
        String commit,
        String projectVersion,
        String mode) {

    /** The stages, in the order they run. */
    public enum Stage {
        RAW,
        PIPELINE,
        HEAP,
        REPLAY,
        LATENCY,
        HTTP,
        SCALING;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BenchSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(registryUrl, "registryUrl");
        Objects.requireNonNull(schoolUrl, "schoolUrl");
        Objects.requireNonNull(profile, "profile");
        hubOverrides = Map.copyOf(hubOverrides);
        stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
        latencyRates = List.copyOf(latencyRates);
        scalingPartitions = List.copyOf(scalingPartitions);
        if (reports < 1 || rawRecords < 1 || scalingReports < 1) {
            throw new IllegalArgumentException("record counts must be positive");
        }
    }

    boolean runs(Stage stage) {
        return stages.contains(stage);
    }

    /** The full run: about ten minutes on two cores. */
    public static Builder defaults(String bootstrapServers, String registryUrl) {
        return new Builder(bootstrapServers, registryUrl);
    }

    /** The quick run: the same stages with smaller counts, under two minutes. */
    public static Builder quick(String bootstrapServers, String registryUrl) {
        Builder b = new Builder(bootstrapServers, registryUrl);
        b.rawRecords = 60_000;
        b.reports = 20_000;
        b.latencyDuration = Duration.ofSeconds(10);
        b.httpDuration = Duration.ofSeconds(8);
        b.httpClients = 16;
        b.scalingReports = 5_000;
        b.mode = "quick";
        return b;
    }

    /**
     * Parses the command line: {@code [--quick] [--bootstrap HOST:PORT] [--registry URL] [--school URL]
     * [--school-user USER:PASSWORD] [--stages raw,pipeline,heap,replay,latency,http,scaling] [--reports N]
     * [--raw-records N] [--latency-seconds S] [--http-seconds S] [--http-clients C] [--scaling-reports N]
     * [--scaling 1,2,4] [--state-dir DIR] [--out FILE] [--profile FILE.jfr] [--hub-property KEY=VALUE]... [--commit SHA] [--project-version V]}.
     */
    public static BenchSettings parse(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        Builder b = quick
                ? quick("127.0.0.1:19092", "http://127.0.0.1:18081")
                : defaults("127.0.0.1:19092", "http://127.0.0.1:18081");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {}
                case "--bootstrap" -> b.bootstrapServers = value(args, ++i);
                case "--registry" -> b.registryUrl = value(args, ++i);
                case "--school" -> b.schoolUrl = Optional.of(value(args, ++i)).filter(v -> !v.isBlank());
                case "--school-user" -> b.schoolCredentials = value(args, ++i);
                case "--stages" -> b.stages = stages(value(args, ++i));
                case "--raw-records" -> b.rawRecords = Integer.parseInt(value(args, ++i));
                case "--reports" -> b.reports = Integer.parseInt(value(args, ++i));
                case "--latency-seconds" -> b.latencyDuration = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                case "--http-seconds" -> b.httpDuration = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                case "--http-clients" -> b.httpClients = Integer.parseInt(value(args, ++i));
                case "--scaling-reports" -> b.scalingReports = Integer.parseInt(value(args, ++i));
                case "--scaling" -> b.scalingPartitions = integers(value(args, ++i));
                case "--state-dir" -> b.stateDir = Path.of(value(args, ++i));
                case "--out" -> b.output = Path.of(value(args, ++i));
                case "--profile" -> b.profile = Optional.of(Path.of(value(args, ++i)));
                case "--hub-property" -> {
                    String property = value(args, ++i);
                    int eq = property.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--hub-property takes KEY=VALUE, was " + property);
                    }
                    b.hubOverrides.put(property.substring(0, eq), property.substring(eq + 1));
                }
                case "--commit" -> b.commit = value(args, ++i);
                case "--project-version" -> b.projectVersion = value(args, ++i);
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i] + " (see deploy/bench.sh --help)");
            }
        }
        return b.build();
    }

    /** Settings under construction, starting from the full run's. */
    public static final class Builder {
        private String bootstrapServers;
        private String registryUrl;
        private Optional<String> schoolUrl = Optional.empty();
        private String schoolCredentials = "anna:anna-demo";
        private Set<Stage> stages = EnumSet.allOf(Stage.class);
        private int rawRecords = 300_000;
        private int reports = 1_000_000;
        private Duration latencyDuration = Duration.ofSeconds(60);
        private List<Integer> latencyRates = List.of(100, 1_000);
        private Duration httpDuration = Duration.ofSeconds(30);
        private int httpClients = 32;
        private int scalingReports = 50_000;
        private List<Integer> scalingPartitions = List.of(1, 2, 4);
        private Path stateDir = Path.of("target/bench/state");
        private Path output = Path.of("target/bench/results.json");
        private Optional<Path> profile = Optional.empty();
        private final Map<String, String> hubOverrides = new TreeMap<>();
        private String commit = "unknown";
        private String projectVersion = "unknown";
        private String mode = "default";

        private Builder(String bootstrapServers, String registryUrl) {
            this.bootstrapServers = bootstrapServers;
            this.registryUrl = registryUrl;
        }

        public Builder stages(Set<Stage> value) {
            stages = value;
            return this;
        }

        public Builder counts(int raw, int pipeline, int scaling) {
            rawRecords = raw;
            reports = pipeline;
            scalingReports = scaling;
            return this;
        }

        public Builder latency(Duration duration, List<Integer> rates) {
            latencyDuration = duration;
            latencyRates = rates;
            return this;
        }

        public Builder scalingPartitions(List<Integer> value) {
            scalingPartitions = value;
            return this;
        }

        public Builder paths(Path state, Path out) {
            stateDir = state;
            output = out;
            return this;
        }

        public BenchSettings build() {
            return new BenchSettings(
                    bootstrapServers,
                    registryUrl,
                    schoolUrl,
                    schoolCredentials,
                    stages,
                    rawRecords,
                    reports,
                    latencyDuration,
                    latencyRates,
                    httpDuration,
                    httpClients,
                    scalingReports,
                    scalingPartitions,
                    stateDir,
                    output,
                    profile,
                    hubOverrides,
                    commit,
                    projectVersion,
                    mode);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static Set<Stage> stages(String list) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (String id : list.split(",")) {
            stages.add(Stage.valueOf(id.trim().toUpperCase(Locale.ROOT)));
        }
        return stages;
    }

    private static List<Integer> integers(String list) {
        List<Integer> values = new ArrayList<>();
        for (String v : list.split(",")) {
            values.add(Integer.parseInt(v.trim()));
        }
        return values;
    }
}
