package se.oroshub.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/** Prints how a stage is doing, at most every few seconds, so a long run is never silent. */
final class Progress {

    private static final long INTERVAL_NANOS = Duration.ofSeconds(3).toNanos();

    private final PrintStream out;
    private long lastPrinted = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void stage(String title) {
        out.printf(Locale.ROOT, "%n== %s%n", title);
        lastPrinted = System.nanoTime();
    }

    void line(String format, Object... args) {
        out.printf(Locale.ROOT, "   " + format + "%n", args);
        lastPrinted = System.nanoTime();
    }

    /** Prints the line if the last one is a few seconds old. */
    void periodic(String format, Object... args) {
        if (System.nanoTime() - lastPrinted >= INTERVAL_NANOS) {
            line(format, args);
        }
    }

    /** Prints {@code done/total} with the rate since {@code startNanos}, if the last line is a few seconds old. */
    void tick(String what, long done, long total, long startNanos) {
        long now = System.nanoTime();
        if (now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        double seconds = (now - startNanos) / 1e9;
        line("%s: %,d / %,d  (%,.0f/s, %.0f s)", what, done, total, seconds > 0 ? done / seconds : 0.0, seconds);
    }

    /** Waits until {@code done} reaches {@code total}, ticking; false when {@code timeout} passed first. */
    boolean await(String what, LongSupplier done, long total, long startNanos, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (done.getAsLong() < total) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            tick(what, done.getAsLong(), total, startNanos);
            Thread.sleep(20);
        }
        return true;
    }
}
