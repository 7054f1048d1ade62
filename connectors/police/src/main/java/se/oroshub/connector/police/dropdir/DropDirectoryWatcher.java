package se.oroshub.connector.police.dropdir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import se.oroshub.connector.police.intake.DocumentIntake;
import se.oroshub.connector.police.intake.DocumentProblem;
import se.oroshub.connector.police.intake.IntakeOutcome;
import se.oroshub.connector.police.intake.PublishingDocumentIntake;
import se.oroshub.connector.police.intake.ReceiptRepresentation;

/**
 * Polls a {@link DropDirectory}, hands every completed document to the {@link DocumentIntake}, writes the receipt of
 * each accepted document and the permitted feedback on those reports to the outbox. See the package documentation for
 * the protocol and why it neither loses nor duplicates a report.
 *
 * <p>One watcher owns a directory: {@link #start()} takes an exclusive lock on {@code root/.watcher.lock} and fails
 * when another process holds it. {@link #stop()} lets the document in flight settle, takes no further one, and
 * releases the lock only once the poll has ended. {@link #pollOnce()} does one round synchronously (for tests and
 * tools).
 */
public final class DropDirectoryWatcher implements SmartLifecycle {

    /** The suffix of a completed document; the sender writes {@code *.xml.part} and renames when done. */
    public static final String DOCUMENT_SUFFIX = ".xml";
    /** The suffix of the reason file beside a rejected document. */
    public static final String REASON_SUFFIX = ".reason.txt";
    /** The suffix of the receipt file beside a kept accepted document, and of a receipt in the outbox. */
    public static final String RECEIPT_SUFFIX = TransferOutbox.RECEIPT_SUFFIX;

    private static final Logger log = LoggerFactory.getLogger(DropDirectoryWatcher.class);
    private static final String LOCK_FILE = ".watcher.lock";
    private static final Duration STOP_PATIENCE = Duration.ofMinutes(1);

    private final DropDirectory directory;
    private final DocumentIntake intake;
    private final ReportFeedback feedback;
    private final BooleanSupplier earlierReceiptsKnown;
    private final TransferOutbox outbox;
    private final Duration pollInterval;
    private final int maxFilesPerPoll;
    private final boolean keepAccepted;
    private final long maxDocumentBytes;
    private final Clock clock;

    private volatile Instant lastPoll;
    private volatile boolean lastPollFoundIntakeUnavailable;
    private volatile boolean waitingForReceipts;
    private volatile boolean stopping;
    private final Object pollLock = new Object();
    private volatile ScheduledExecutorService executor;
    private FileChannel lockChannel;
    private FileLock lock;

    /** A watcher that writes receipts but no feedback to the outbox and needs no earlier receipts to start. */
    public DropDirectoryWatcher(
            DropDirectory directory,
            DocumentIntake intake,
            Duration pollInterval,
            int maxFilesPerPoll,
            boolean keepAccepted,
            long maxDocumentBytes,
            Clock clock) {
        this(
                directory,
                intake,
                ReportFeedback.NONE,
                () -> true,
                pollInterval,
                maxFilesPerPoll,
                keepAccepted,
                maxDocumentBytes,
                clock);
    }

    /**
     * A watcher that also writes the permitted feedback on the reports it accepted to the outbox, and takes nothing
     * from the directory before the earlier receipts are known.
     *
     * @param feedback             the permitted feedback on the reports of the organisations this deployment reports
     *                             for
     * @param earlierReceiptsKnown whether the intake knows the receipts issued before this process started (the
     *                             reporting module's inbox has caught up); until then nothing is taken from the
     *                             directory, so a document sent again is recognised instead of being published with
     *                             another {@code submittedAt}
     */
    public DropDirectoryWatcher(
            DropDirectory directory,
            DocumentIntake intake,
            ReportFeedback feedback,
            BooleanSupplier earlierReceiptsKnown,
            Duration pollInterval,
            int maxFilesPerPoll,
            boolean keepAccepted,
            long maxDocumentBytes,
            Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.earlierReceiptsKnown = Objects.requireNonNull(earlierReceiptsKnown, "earlierReceiptsKnown");
        this.outbox = new TransferOutbox(directory);
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.maxFilesPerPoll = maxFilesPerPoll;
        this.keepAccepted = keepAccepted;
        this.maxDocumentBytes = maxDocumentBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What the watcher is doing, for health checks: counts only, never file names.
     *
     * @param running            whether it polls
     * @param inbox              documents waiting in the inbox
     * @param processing         documents claimed and not yet settled
     * @param rejected           documents in rejected/, waiting for a person
     * @param outbox             receipts and feedback files not yet collected
     * @param lastPoll           when the last poll finished, if any did
     * @param intakeUnavailable  whether the last poll stopped because the broker did not acknowledge
     * @param waitingForReceipts whether the last poll took nothing because the earlier receipts are not known yet
     */
    public record Status(
            boolean running,
            int inbox,
            int processing,
            int rejected,
            int outbox,
            Optional<Instant> lastPoll,
            boolean intakeUnavailable,
            boolean waitingForReceipts) {}

    /** The current status. */
    public Status status() {
        return new Status(
                isRunning(),
                count(directory.inbox()),
                count(directory.processing()),
                count(directory.rejected()),
                count(directory.outbox()),
                Optional.ofNullable(lastPoll),
                lastPollFoundIntakeUnavailable,
                waitingForReceipts);
    }

    /** What one poll did. */
    public record PollResult(
            int accepted,
            int rejected,
            int deferred,
            int feedbackWritten,
            boolean intakeUnavailable,
            boolean waitingForReceipts) {}

    /**
     * One round: first every document left in {@code processing/} (a crash, or an intake that was unavailable), then
     * up to {@code maxFilesPerPoll} new documents from the inbox, oldest first, then the feedback not yet written.
     * Stops taking documents early when the intake is unavailable (the document stays in {@code processing/} and is
     * retried next round) or when the watcher is stopping. Takes nothing while the earlier receipts are not known.
     */
    public PollResult pollOnce() {
        synchronized (pollLock) {
            directory.create();
            Tally tally = new Tally();
            if (!earlierReceiptsKnown.getAsBoolean()) {
                tally.waitingForReceipts = true;
                return tally.result();
            }
            submitDocuments(tally);
            writeFeedback(tally);
            return tally.result();
        }
    }

    private void submitDocuments(Tally tally) {
        for (Path leftover : documents(directory.processing(), Integer.MAX_VALUE)) {
            if (stopping) {
                return;
            }
            if (!process(leftover, tally)) {
                tally.intakeUnavailable = true;
                return;
            }
        }
        for (Path incoming : documents(directory.inbox(), maxFilesPerPoll)) {
            if (stopping) {
                return;
            }
            Optional<Path> claimed = claim(incoming);
            if (claimed.isPresent() && !process(claimed.get(), tally)) {
                tally.intakeUnavailable = true;
                return;
            }
        }
    }

    private void writeFeedback(Tally tally) {
        try {
            tally.feedbackWritten = outbox.feedback(feedback.reports());
        } catch (IOException e) {
            log.warn(
                    "Could not write feedback to the outbox ({}); retrying next poll",
                    e.getClass().getName());
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        directory.create();
        acquireLock();
        stopping = false;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "police-transfer-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pollSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Watching {} every {}", directory.inbox(), pollInterval);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
            executor = null;
        }
        if (running == null) {
            return;
        }
        stopping = true;
        running.shutdown();
        try {
            if (!running.awaitTermination(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The transfer directory poll did not end within {}; interrupting it", STOP_PATIENCE);
                running.shutdownNow();
                if (!running.awaitTermination(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.error(
                            "The transfer directory poll did not end after the interrupt; keeping the lock on {}",
                            directory.root());
                    return;
                }
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
        releaseLock();
        log.info("Stopped watching {}", directory.inbox());
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void pollSafely() {
        try {
            PollResult result = pollOnce();
            lastPoll = Instant.now();
            lastPollFoundIntakeUnavailable = result.intakeUnavailable();
            if (result.waitingForReceipts() && !waitingForReceipts) {
                log.info("Transfer directory waits until the receipts issued before this start are known");
            }
            waitingForReceipts = result.waitingForReceipts();
            if (result.accepted() + result.rejected() + result.feedbackWritten() > 0 || result.intakeUnavailable()) {
                log.info(
                        "Transfer directory: {} accepted, {} rejected, {} feedback written{}",
                        result.accepted(),
                        result.rejected(),
                        result.feedbackWritten(),
                        result.intakeUnavailable() ? ", intake unavailable: retrying next poll" : "");
            }
        } catch (RuntimeException e) {
            log.error(
                    "Transfer directory poll failed ({}); retrying next poll",
                    e.getClass().getName());
        }
    }

    /**
     * Submits one document in {@code processing/} and settles it.
     *
     * @return false when the intake is unavailable (the document stays in processing/)
     */
    private boolean process(Path file, Tally tally) {
        String name = file.getFileName().toString();
        IntakeOutcome outcome;
        try {
            if (Files.size(file) > maxDocumentBytes) {
                outcome = new IntakeOutcome.Rejected(List.of(PublishingDocumentIntake.tooLarge(maxDocumentBytes)));
            } else {
                outcome = intake.submit(
                        Files.readAllBytes(file),
                        Optional.empty(),
                        Files.getLastModifiedTime(file).toInstant());
            }
        } catch (IOException e) {
            log.warn(
                    "Could not read {} ({}); retrying next poll",
                    name,
                    e.getClass().getName());
            tally.deferred++;
            return true;
        } catch (RuntimeException e) {
            log.error(
                    "Unexpected failure on {} ({}); moving it to rejected/",
                    name,
                    e.getClass().getName());
            outcome = new IntakeOutcome.Rejected(List.of(new DocumentProblem(
                    "",
                    -1,
                    -1,
                    "internal_error",
                    "the connector failed on this document; it was not accepted. Send it again, or report the fault")));
        }
        if (outcome instanceof IntakeOutcome.Unavailable) {
            return false;
        }
        try {
            if (outcome instanceof IntakeOutcome.Accepted accepted) {
                settleAccepted(file, accepted);
                tally.accepted++;
            } else if (outcome instanceof IntakeOutcome.Rejected rejected) {
                settleRejected(file, rejected.problems());
                tally.rejected++;
            } else if (outcome instanceof IntakeOutcome.NotPermitted) {
                settleRejected(
                        file,
                        List.of(new DocumentProblem(
                                "/concernReport/sender/policeUnit",
                                -1,
                                -1,
                                "access_denied",
                                "this connector does not report for the unit the document names")));
                tally.rejected++;
            }
        } catch (IOException e) {
            log.warn(
                    "Could not settle {} ({}); it stays in processing/ and is submitted again next poll",
                    name,
                    e.getClass().getName());
            tally.deferred++;
        }
        return true;
    }

    private void settleAccepted(Path file, IntakeOutcome.Accepted accepted) throws IOException {
        outbox.receipt(accepted.receipt());
        if (keepAccepted) {
            Path target = freeName(directory.accepted(), file.getFileName().toString());
            AtomicFiles.write(
                    directory.accepted().resolve(target.getFileName() + RECEIPT_SUFFIX),
                    ReceiptRepresentation.of(accepted.receipt()).toXml());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.delete(file);
        }
    }

    private void settleRejected(Path file, List<DocumentProblem> problems) throws IOException {
        Path target = freeName(directory.rejected(), file.getFileName().toString());
        AtomicFiles.write(directory.rejected().resolve(target.getFileName() + REASON_SUFFIX), reasons(problems));
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        log.info("Moved {} to rejected/ as {}", file.getFileName(), target.getFileName());
    }

    /** The content of a reason file: one problem a line, never a value from the document. */
    static String reasons(List<DocumentProblem> problems) {
        return "The document was not accepted. Correct it and send it again.\n"
                + problems.stream().map(DocumentProblem::describe).collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * Moves a completed inbox file to processing/ atomically and stamps it with the time of the claim, which becomes
     * the report's {@code submittedAt}: a document resubmitted after a crash is then the identical report. Empty when
     * the file vanished or its name is taken in processing/.
     */
    private Optional<Path> claim(Path incoming) {
        Path target = directory.processing().resolve(incoming.getFileName());
        if (Files.exists(target)) {
            log.warn("{} waits in the inbox: a document of that name is still in processing/", incoming.getFileName());
            return Optional.empty();
        }
        try {
            Path claimed = Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            Files.setLastModifiedTime(claimed, FileTime.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            return Optional.of(claimed);
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn(
                    "Could not move {} to processing/ ({})",
                    incoming.getFileName(),
                    e.getClass().getName());
            return Optional.empty();
        }
    }

    /** Completed documents in {@code dir}, oldest first: {@code *.xml} regular files, not hidden. */
    private List<Path> documents(Path dir, int limit) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + DOCUMENT_SUFFIX)) {
            for (Path path : stream) {
                if (!path.getFileName().toString().startsWith(".") && Files.isRegularFile(path)) {
                    found.add(path);
                }
            }
        } catch (IOException e) {
            log.warn("Could not list {} ({})", dir, e.getClass().getName());
            return List.of();
        }
        found.sort(Comparator.comparing(DropDirectoryWatcher::modified).thenComparing(Path::getFileName));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private int count(Path dir) {
        return Files.isDirectory(dir) ? documents(dir, Integer.MAX_VALUE).size() : 0;
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** {@code name} in {@code dir}, or {@code stem-2.xml}, {@code stem-3.xml}, ... when taken. */
    private static Path freeName(Path dir, String name) {
        Path candidate = dir.resolve(name);
        String stem =
                name.endsWith(DOCUMENT_SUFFIX) ? name.substring(0, name.length() - DOCUMENT_SUFFIX.length()) : name;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dir.resolve(stem + "-" + n + DOCUMENT_SUFFIX);
        }
        return candidate;
    }

    private void acquireLock() {
        Path lockFile = directory.root().resolve(LOCK_FILE);
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly();
            throw new IllegalStateException("another process watches " + directory.root() + " (it holds " + LOCK_FILE
                    + "); one connector instance owns one transfer directory");
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            log.warn("Could not release the lock on {}", directory.root());
        }
        lock = null;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock dies with the channel or the process anyway
        }
        lockChannel = null;
    }

    private static final class Tally {
        int accepted;
        int rejected;
        int deferred;
        int feedbackWritten;
        boolean intakeUnavailable;
        boolean waitingForReceipts;

        PollResult result() {
            return new PollResult(accepted, rejected, deferred, feedbackWritten, intakeUnavailable, waitingForReceipts);
        }
    }
}
