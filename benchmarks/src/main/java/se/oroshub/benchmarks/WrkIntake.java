package se.oroshub.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP intake stage driven by {@code wrk} (Debian's package), when it is installed: the same requests as
 * {@link HttpIntake}, from a load generator written in C, so that on a 2-core machine the generator takes little of the
 * CPU the connector and the broker need. wrk's own summary (every request, its latency histogram, the non-2xx count)
 * is printed by a Lua {@code done} hook on one line and read back here.
 */
final class WrkIntake {

    private static final String MARKER = "OROSHUB-WRK";

    private WrkIntake() {}

    /** Whether {@code wrk} is on the PATH. */
    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Warms the connector up in rounds of {@code warmUpRound} until a round gains less than five percent on the one
     * before (its code is compiled: on two shared cores the JIT alone takes a minute or more under this load) or
     * {@code maxWarmUp} is spent, then measures for {@code measured}.
     */
    static HttpIntake.Outcome run(
            String baseUrl,
            String credentials,
            int clients,
            Duration warmUpRound,
            Duration maxWarmUp,
            Duration measured,
            Progress progress)
            throws IOException, InterruptedException {
        HttpIntake.requireHealthy(baseUrl);
        Path dir = Files.createTempDirectory("oroshub-wrk");
        try {
            Path bodies = dir.resolve("bodies.jsonl");
            List<String> lines = new ArrayList<>();
            for (String body : SyntheticIntake.schoolRequestBodies(2_000, 42)) {
                lines.add(body.replace('\n', ' '));
            }
            Files.write(bodies, lines, StandardCharsets.UTF_8);
            Path script = dir.resolve("intake.lua");
            Files.writeString(script, script(bodies, credentials), StandardCharsets.UTF_8);
            String url = baseUrl + "/api/v1/reports";
            progress.line(
                    "load generator: wrk, 1 thread, %d connections; warming up in rounds of %d s until the"
                            + " rate settles (at most %d s)",
                    clients, warmUpRound.toSeconds(), maxWarmUp.toSeconds());
            List<Long> warmUpRates = new ArrayList<>();
            Duration spent = Duration.ZERO;
            double previous = 0;
            while (true) {
                long[] round = wrk(script, url, clients, warmUpRound);
                double rate = (round[0] - round[2]) / (round[1] / 1e6);
                warmUpRates.add(Math.round(rate));
                spent = spent.plus(warmUpRound);
                progress.line("warm-up round %d: %,.0f accepted/s", warmUpRates.size(), rate);
                if (rate < previous * 1.05 || spent.plus(warmUpRound).compareTo(maxWarmUp) > 0) {
                    break;
                }
                previous = rate;
            }
            progress.line("measuring for %d s", measured.toSeconds());
            long[] f = wrk(script, url, clients, measured);
            long requests = f[0];
            double seconds = f[1] / 1e6;
            long non2xx = f[2];
            Map<String, Long> failures = new TreeMap<>();
            if (non2xx > 0) {
                failures.put("non-2xx", non2xx);
            }
            String[] errorNames = {"connect", "read", "write", "timeout"};
            for (int i = 0; i < errorNames.length; i++) {
                if (f[3 + i] > 0) {
                    failures.put(errorNames[i], f[3 + i]);
                }
            }
            Latencies latencies =
                    new Latencies((int) requests, f[7] / 1000.0, f[8] / 1000.0, f[9] / 1000.0, f[10] / 1000.0);
            return new HttpIntake.Outcome(
                    (requests - non2xx) / seconds, latencies, failures, clients, List.copyOf(warmUpRates));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Runs wrk and returns its summary: requests, duration µs, non-2xx, 4 socket errors, p50, p99, p99.9, max µs. */
    private static long[] wrk(Path script, String url, int clients, Duration duration)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "wrk",
                        "-t1",
                        "-c" + clients,
                        "-d" + duration.toSeconds() + "s",
                        "--timeout",
                        "30s",
                        "-s",
                        script.toString(),
                        url)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed: " + output.strip());
        }
        for (String line : output.split("\n")) {
            if (line.startsWith(MARKER + " ")) {
                String[] parts = line.substring(MARKER.length() + 1).trim().split(" ");
                long[] values = new long[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    values[i] = Long.parseLong(parts[i]);
                }
                return values;
            }
        }
        throw new IllegalStateException("wrk printed no summary: " + output.strip());
    }

    private static String script(Path bodies, String credentials) {
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, """
                local bodies = {}
                for line in io.lines("%s") do bodies[#bodies + 1] = line end
                local i = 0
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["Authorization"] = "%s"
                request = function()
                  i = i + 1
                  return wrk.format(nil, nil, nil, bodies[(i %% #bodies) + 1])
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("%s %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n",
                    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
                    latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max))
                end
                """, bodies.toString().replace("\\", "\\\\"), authorization, MARKER);
    }
}
