package se.oroshub.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.utils.AppInfoParser;

/** What the figures were measured on: the machine, its load, the JVM and the versions. */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        machine.put(
                "memory_mb",
                procField("/proc/meminfo", "MemTotal").map(Machine::kibToMib).orElse(null));
        machine.put("cpu_model", procField("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put(
                "java_version", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("jvm_arguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        machine.put("load_average_at_start", loadAverage());
        return machine;
    }

    static Map<String, Object> versions(String projectVersion, String commit) {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("project", projectVersion);
        versions.put("git_commit", commit);
        versions.put("kafka", AppInfoParser.getVersion());
        return versions;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", List.of(fields).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Resident set size of this process in MiB, if the platform tells. */
    static Optional<Long> residentMib() {
        return procField("/proc/self/status", "VmRSS").map(Machine::kibToMib);
    }

    private static long kibToMib(String kib) {
        return Long.parseLong(kib.replace("kB", "").trim()) / 1024;
    }

    private static Optional<String> procField(String file, String name) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
