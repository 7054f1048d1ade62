package se.oroshub.connector.police.dropdir;

import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the transfer directory ({@code /actuator/health}, component {@code transferDirectory}): DOWN when the
 * watcher does not run, UP otherwise, with the number of documents waiting, in flight and rejected, the number of
 * receipts and feedback files in the outbox not yet collected, whether the broker acknowledged at the last poll, and
 * whether the watcher still waits for the receipts issued before this start. Counts only: never a file name.
 */
public final class TransferDirectoryHealth implements HealthIndicator {

    private final DropDirectoryWatcher watcher;

    public TransferDirectoryHealth(DropDirectoryWatcher watcher) {
        this.watcher = Objects.requireNonNull(watcher, "watcher");
    }

    @Override
    public Health health() {
        DropDirectoryWatcher.Status status = watcher.status();
        Health.Builder health = status.running() ? Health.up() : Health.down();
        health.withDetail("inbox", status.inbox())
                .withDetail("processing", status.processing())
                .withDetail("rejected", status.rejected())
                .withDetail("outbox", status.outbox())
                .withDetail("intakeUnavailableAtLastPoll", status.intakeUnavailable())
                .withDetail("waitingForEarlierReceipts", status.waitingForReceipts());
        status.lastPoll().ifPresent(at -> health.withDetail("lastPoll", at.toString()));
        return health.build();
    }
}
