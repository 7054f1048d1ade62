package se.oroshub.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.oroshub.benchmarks.BenchSettings.Stage;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/** The driver runs every stage but HTTP end to end on a real broker with tiny counts. Asserts figures, never speed. */
@RealKafka
class HubBenchmarkIT {

    @Test
    void theDriverMeasuresEveryStageAndWritesTheFiguresAsJson(KafkaTestEnvironment kafka, @TempDir Path dir)
            throws Exception {
        BenchSettings settings = BenchSettings.quick(kafka.bootstrapServers(), kafka.schemaRegistryUrl())
                .stages(EnumSet.complementOf(EnumSet.of(Stage.HTTP)))
                .counts(2_000, 300, 200)
                .latency(Duration.ofSeconds(1), List.of(100, 1_000))
                .scalingPartitions(List.of(2))
                .paths(dir.resolve("state"), dir.resolve("results.json"))
                .build();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        Map<String, Object> results =
                new HubBenchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

        assertThat(results)
                .containsKeys(
                        "raw_produce_per_s",
                        "hub_pipeline_per_s",
                        "ratio_hub_to_raw",
                        "e2e_p50_ms_1000",
                        "e2e_p99_ms_1000",
                        "replay_seconds",
                        "replay_reports",
                        "heap_mb",
                        "machine",
                        "versions",
                        "stages");
        assertThat(((Number) results.get("raw_produce_per_s")).doubleValue()).isPositive();
        assertThat(((Number) results.get("hub_pipeline_per_s")).doubleValue()).isPositive();
        assertThat(results.get("replay_reports")).isEqualTo(300);
        Map<?, ?> pipeline = (Map<?, ?>) ((Map<?, ?>) results.get("stages")).get("pipeline");
        assertThat(pipeline.get("visible_records"))
                .as("exactly once: each report visible once")
                .isEqualTo(300L);
        assertThat(((Map<?, ?>) results.get("skipped"))).isEmpty();
        String json = Files.readString(dir.resolve("results.json"));
        assertThat(json)
                .contains(
                        "\"raw_produce_per_s\"",
                        "\"hub_pipeline_per_s\"",
                        "\"nproc\"",
                        "\"git_commit\"",
                        "\"scaling\"");
        assertThat(ResultsTable.render(results)).contains("ratio hub / raw", "7 scaling");
        assertThat(progress.toString(StandardCharsets.UTF_8)).doesNotContainPattern("\\d{8}-?\\d{4}");
    }
}
