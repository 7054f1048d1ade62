package se.oroshub.connector.police.dropdir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.oroshub.connector.police.Fixtures.CHILD_PNR;
import static se.oroshub.connector.police.Fixtures.replace;
import static se.oroshub.connector.police.Fixtures.validFull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.oroshub.connector.police.PublishedSchemas;
import se.oroshub.connector.police.document.PoliceDocumentMapper;
import se.oroshub.connector.police.document.PoliceDocumentReader;
import se.oroshub.connector.police.document.ReportIds;
import se.oroshub.connector.police.intake.DocumentIntake;
import se.oroshub.connector.police.intake.FeedbackRepresentation;
import se.oroshub.connector.police.intake.PublishingDocumentIntake;
import se.oroshub.connector.police.intake.ReceiptLookup;
import se.oroshub.connector.police.intake.ReceiptRepresentation;
import se.oroshub.connector.police.intake.RecordingPublisher;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.digest.ContentDigest;

class DropDirectoryWatcherTest {

    private static final String UNIT = "5000-LPO-SODERMALM";

    @TempDir
    Path root;

    @TempDir
    Path outbox;

    private DropDirectory directory;
    private RecordingPublisher publisher;
    private DocumentIntake intake;

    @BeforeEach
    void setUp() {
        directory = new DropDirectory(root, outbox).create();
        publisher = new RecordingPublisher();
        intake = new PublishingDocumentIntake(
                new PoliceDocumentReader(),
                new PoliceDocumentMapper("police"),
                publisher,
                ReceiptLookup.NONE,
                64 * 1024);
    }

    @Test
    void anAcceptedDocumentLeavesTheInboxAndIsDeletedAfterTheAcknowledgement() throws IOException {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));

        DropDirectoryWatcher.PollResult result = watcher(false).pollOnce();

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(publisher.acceptedReportIds())
                .containsExactly(ReportIds.of(UNIT, "PM-A").toString());
        assertThat(everythingUnder(root)).isEmpty();
    }

    @Test
    void aKeptAcceptedDocumentIsMovedToAcceptedWithItsReceipt() throws IOException {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));

        watcher(true).pollOnce();

        assertThat(everythingUnder(root)).containsExactlyInAnyOrder("accepted/a.xml", "accepted/a.xml.receipt.xml");
        assertThat(read(directory.accepted().resolve("a.xml.receipt.xml")))
                .contains("<reportId>" + ReportIds.of(UNIT, "PM-A") + "</reportId>")
                .contains("<digest algorithm=\"SHA-256\">");
    }

    @Test
    void anInvalidDocumentGoesToRejectedWithItsReasonsBesideIt() throws IOException {
        drop(
                directory.inbox(),
                "bad.xml",
                replace(validFull("PM-B"), "<category>NEGLECT</category>", "<category>X</category>"));

        DropDirectoryWatcher.PollResult result = watcher(false).pollOnce();

        assertThat(result.rejected()).isEqualTo(1);
        assertThat(publisher.accepted()).isEmpty();
        assertThat(everythingUnder(root)).containsExactlyInAnyOrder("rejected/bad.xml", "rejected/bad.xml.reason.txt");
        assertThat(read(directory.rejected().resolve("bad.xml.reason.txt")))
                .contains("line 30, column")
                .contains("/concernReport/observations/observation[2]/category: invalid_value:");
    }

    @Test
    void theReasonsNeverContainTheIdentityNumber() throws IOException {
        drop(directory.inbox(), "pnr.xml", replace(validFull("PM-C"), CHILD_PNR, "20120315-9982"));

        watcher(false).pollOnce();

        String reasons = read(directory.rejected().resolve("pnr.xml.reason.txt"));
        assertThat(reasons)
                .contains("/concernReport/child/personalIdentityNumber: invalid_personal_identity_number")
                .doesNotContain("9982")
                .doesNotContain("201203");
    }

    @Test
    void filesStillBeingWrittenHiddenFilesAndOtherFilesAreLeftAlone() throws IOException {
        drop(directory.inbox(), "a.xml.part", validFull("PM-A"));
        drop(directory.inbox(), ".b.xml", validFull("PM-B"));
        drop(directory.inbox(), "c.txt", validFull("PM-C"));

        watcher(false).pollOnce();

        assertThat(publisher.accepted()).isEmpty();
        assertThat(everythingUnder(root)).containsExactlyInAnyOrder("inbox/a.xml.part", "inbox/.b.xml", "inbox/c.txt");
    }

    @Test
    void aRenamedPartFileIsTakenOnTheNextPoll() throws IOException {
        Path part = drop(directory.inbox(), "a.xml.part", validFull("PM-A"));
        DropDirectoryWatcher watcher = watcher(false);
        watcher.pollOnce();

        Files.move(part, directory.inbox().resolve("a.xml"));
        watcher.pollOnce();

        assertThat(publisher.acceptedReportIds())
                .containsExactly(ReportIds.of(UNIT, "PM-A").toString());
        assertThat(everythingUnder(root)).isEmpty();
    }

    @Test
    void whenTheIntakeIsUnavailableTheDocumentWaitsInProcessingAndTheBatchStops() throws IOException {
        drop(directory.inbox(), "a.xml", validFull("PM-A"), Instant.parse("2026-01-01T00:00:00Z"));
        drop(directory.inbox(), "b.xml", validFull("PM-B"), Instant.parse("2026-01-01T00:00:01Z"));
        publisher.setAvailable(false);
        DropDirectoryWatcher watcher = watcher(false);

        DropDirectoryWatcher.PollResult result = watcher.pollOnce();

        assertThat(result.intakeUnavailable()).isTrue();
        assertThat(everythingUnder(root)).containsExactlyInAnyOrder("processing/a.xml", "inbox/b.xml");

        publisher.setAvailable(true);
        watcher.pollOnce();

        assertThat(publisher.acceptedReportIds())
                .containsExactly(
                        ReportIds.of(UNIT, "PM-A").toString(),
                        ReportIds.of(UNIT, "PM-B").toString());
        assertThat(everythingUnder(root)).isEmpty();
    }

    @Test
    void documentsLeftInProcessingByACrashAreSubmittedFirst() throws IOException {
        drop(directory.inbox(), "new.xml", validFull("PM-NEW"));
        drop(directory.processing(), "left.xml", validFull("PM-LEFT"));

        watcher(false).pollOnce();

        assertThat(publisher.acceptedReportIds())
                .containsExactly(
                        ReportIds.of(UNIT, "PM-LEFT").toString(),
                        ReportIds.of(UNIT, "PM-NEW").toString());
        assertThat(everythingUnder(root)).isEmpty();
    }

    @Test
    void aDocumentResubmittedAfterACrashPastTheAcknowledgementIsTheIdenticalReport() throws IOException {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));
        DocumentIntake killedAfterAck = (document, sender, receivedAt) -> {
            intake.submit(document, sender, receivedAt);
            throw new SimulatedKill();
        };
        DropDirectoryWatcher killed = new DropDirectoryWatcher(
                directory, killedAfterAck, Duration.ofHours(1), 100, false, 64 * 1024, Clock.systemUTC());
        assertThatThrownBy(killed::pollOnce).isInstanceOf(SimulatedKill.class);

        watcher(false).pollOnce();

        assertThat(publisher.accepted()).hasSize(2);
        assertThat(ContentDigest.sha256Hex(publisher.accepted().get(1)))
                .isEqualTo(ContentDigest.sha256Hex(publisher.accepted().get(0)));
        assertThat(everythingUnder(root)).isEmpty();
        assertThat(everythingUnder(outbox)).containsExactly(ReportIds.of(UNIT, "PM-A") + ".receipt.xml");
    }

    @Test
    void inboxFilesAreTakenOldestFirstUpToTheLimitPerPoll() throws IOException {
        drop(directory.inbox(), "z.xml", validFull("PM-1"), Instant.parse("2026-01-01T00:00:00Z"));
        drop(directory.inbox(), "a.xml", validFull("PM-2"), Instant.parse("2026-01-01T00:00:05Z"));
        drop(directory.inbox(), "m.xml", validFull("PM-3"), Instant.parse("2026-01-01T00:00:09Z"));
        DropDirectoryWatcher watcher = new DropDirectoryWatcher(
                directory, intake, Duration.ofSeconds(1), 2, false, 64 * 1024, Clock.systemUTC());

        watcher.pollOnce();

        assertThat(publisher.acceptedReportIds())
                .containsExactly(
                        ReportIds.of(UNIT, "PM-1").toString(),
                        ReportIds.of(UNIT, "PM-2").toString());
        assertThat(everythingUnder(root)).containsExactly("inbox/m.xml");
    }

    @Test
    void aRejectedNameThatIsTakenGetsANumber() throws IOException {
        DropDirectoryWatcher watcher = watcher(false);
        drop(directory.inbox(), "bad.xml", "not xml");
        watcher.pollOnce();
        drop(directory.inbox(), "bad.xml", "still not xml");
        watcher.pollOnce();

        assertThat(everythingUnder(root))
                .containsExactlyInAnyOrder(
                        "rejected/bad.xml",
                        "rejected/bad.xml.reason.txt",
                        "rejected/bad-2.xml",
                        "rejected/bad-2.xml.reason.txt");
        assertThat(read(directory.rejected().resolve("bad-2.xml"))).isEqualTo("still not xml");
    }

    @Test
    void anInboxFileWhoseNameIsStillInProcessingWaits() throws IOException {
        publisher.setAvailable(false);
        drop(directory.processing(), "a.xml", validFull("PM-OLD"));
        drop(directory.inbox(), "a.xml", validFull("PM-NEW"));

        watcher(false).pollOnce();

        assertThat(read(directory.processing().resolve("a.xml"))).contains("PM-OLD");
        assertThat(read(directory.inbox().resolve("a.xml"))).contains("PM-NEW");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRejectedUnread() throws IOException {
        drop(directory.inbox(), "big.xml", validFull("PM-BIG"));
        DropDirectoryWatcher watcher =
                new DropDirectoryWatcher(directory, intake, Duration.ofSeconds(1), 10, false, 100, Clock.systemUTC());

        watcher.pollOnce();

        assertThat(read(directory.rejected().resolve("big.xml.reason.txt"))).contains("document_too_large");
    }

    @Test
    void aFaultInTheConnectorMovesTheDocumentToRejectedInsteadOfRetryingItForever() throws IOException {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));
        DocumentIntake failing = (document, sender, receivedAt) -> {
            throw new IllegalStateException("a bug");
        };

        new DropDirectoryWatcher(directory, failing, Duration.ofSeconds(1), 10, false, 64 * 1024, Clock.systemUTC())
                .pollOnce();

        assertThat(read(directory.rejected().resolve("a.xml.reason.txt"))).contains("internal_error");
        assertThat(read(directory.rejected().resolve("a.xml"))).contains("PM-A");
    }

    @Test
    void oneWatcherOwnsADirectory() {
        DropDirectoryWatcher first = watcher(false);
        DropDirectoryWatcher second = watcher(false);
        first.start();
        try {
            assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("one connector");
        } finally {
            first.stop();
        }
        second.start();
        second.stop();
    }

    @Test
    void theHealthCountsWaitingInFlightAndRejectedDocumentsAndIsDownWhenNotWatching() throws IOException {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));
        drop(directory.inbox(), "b.xml", validFull("PM-B"));
        drop(directory.processing(), "c.xml", validFull("PM-C"));
        drop(directory.rejected(), "d.xml", "not xml");
        DropDirectoryWatcher watcher = watcher(false);

        var health = new TransferDirectoryHealth(watcher).health();

        assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.getDetails())
                .containsEntry("inbox", 2)
                .containsEntry("processing", 1)
                .containsEntry("rejected", 1)
                .containsEntry("outbox", 0)
                .containsEntry("waitingForEarlierReceipts", false);
        watcher.start();
        try {
            assertThat(new TransferDirectoryHealth(watcher).health().getStatus().getCode())
                    .isEqualTo("UP");
        } finally {
            watcher.stop();
        }
    }

    @Test
    void everyAcceptedDocumentLeavesItsReceiptInTheOutboxNamedByItsReportId() throws Exception {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));
        drop(directory.inbox(), "bad.xml", "not xml");

        watcher(false).pollOnce();

        String reportId = ReportIds.of(UNIT, "PM-A").toString();
        assertThat(everythingUnder(outbox)).containsExactly(reportId + ".receipt.xml");
        String receipt = read(outbox.resolve(reportId + ".receipt.xml"));
        PublishedSchemas.validate(ReceiptRepresentation.SCHEMA_RESOURCE, receipt);
        assertThat(receipt)
                .contains("<digest algorithm=\"SHA-256\">"
                        + ContentDigest.sha256Hex(publisher.accepted().get(0)) + "</digest>");
    }

    @Test
    void theOutboxLiesUnderTheRootUnlessConfiguredElsewhere() {
        assertThat(new DropDirectory(root).outbox())
                .isEqualTo(root.toAbsolutePath().resolve("outbox"));
        assertThat(directory.outbox()).isEqualTo(outbox.toAbsolutePath());
    }

    @Test
    void feedbackOnAReportSentHereIsWrittenToTheOutboxOnceEvenAfterCollectionAndRestart() throws Exception {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));
        String reportId = ReportIds.of(UNIT, "PM-A").toString();
        Feedback feedback = new Feedback();
        DropDirectoryWatcher watcher = watcher(feedback, () -> true);
        watcher.pollOnce();
        Files.delete(outbox.resolve(reportId + ".receipt.xml"));

        feedback.decide(reportId, "0b6f3c1e-8d2a-4f4e-9a51-2f0c7d9e1a11", InvestigationDecision.NOT_OPENED);
        DropDirectoryWatcher.PollResult result = watcher.pollOnce();

        assertThat(result.feedbackWritten()).isEqualTo(1);
        Path file = outbox.resolve(reportId + ".feedback.0b6f3c1e-8d2a-4f4e-9a51-2f0c7d9e1a11.xml");
        assertThat(everythingUnder(outbox))
                .containsExactly(outbox.relativize(file).toString());
        String xml = read(file);
        PublishedSchemas.validate(FeedbackRepresentation.SCHEMA_RESOURCE, xml);
        assertThat(xml).contains("<decision>NOT_OPENED</decision>").contains("<decisionDate>2026-12-01</decisionDate>");

        assertThat(watcher.pollOnce().feedbackWritten()).isZero();
        Files.delete(file);
        assertThat(watcher.pollOnce().feedbackWritten()).as("collected").isZero();
        assertThat(watcher(feedback, () -> true).pollOnce().feedbackWritten())
                .as("after a restart")
                .isZero();
        assertThat(everythingUnder(outbox)).isEmpty();
    }

    @Test
    void eachNotificationOnAReportIsAFileOfItsOwn() throws IOException {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));
        String reportId = ReportIds.of(UNIT, "PM-A").toString();
        Feedback feedback = new Feedback();
        DropDirectoryWatcher watcher = watcher(feedback, () -> true);
        watcher.pollOnce();

        feedback.decide(reportId, "n-1", InvestigationDecision.NOT_OPENED);
        watcher.pollOnce();
        feedback.decide(reportId, "n-2", InvestigationDecision.OPENED);
        watcher.pollOnce();

        assertThat(everythingUnder(outbox))
                .containsExactlyInAnyOrder(
                        reportId + ".receipt.xml", reportId + ".feedback.n-1.xml", reportId + ".feedback.n-2.xml");
    }

    @Test
    void feedbackOnAReportNotSentThroughThisDirectoryStaysOutOfTheOutbox() throws IOException {
        Feedback feedback = new Feedback();
        feedback.decide(ReportIds.of(UNIT, "PM-OVER-HTTP").toString(), "n-1", InvestigationDecision.OPENED);

        DropDirectoryWatcher.PollResult result = watcher(feedback, () -> true).pollOnce();

        assertThat(result.feedbackWritten()).isZero();
        assertThat(everythingUnder(outbox)).isEmpty();
    }

    @Test
    void nothingIsTakenFromTheInboxUntilTheEarlierReceiptsAreKnown() throws IOException {
        drop(directory.inbox(), "a.xml", validFull("PM-A"));
        AtomicBoolean receiptsKnown = new AtomicBoolean(false);
        DropDirectoryWatcher watcher = watcher(new Feedback(), receiptsKnown::get);

        DropDirectoryWatcher.PollResult waiting = watcher.pollOnce();

        assertThat(waiting.waitingForReceipts()).isTrue();
        assertThat(publisher.accepted()).isEmpty();
        assertThat(everythingUnder(root)).containsExactly("inbox/a.xml");

        receiptsKnown.set(true);
        DropDirectoryWatcher.PollResult taken = watcher.pollOnce();

        assertThat(taken.waitingForReceipts()).isFalse();
        assertThat(taken.accepted()).isEqualTo(1);
        assertThat(everythingUnder(root)).isEmpty();
    }

    @Test
    void stoppingLetsTheDocumentInFlightSettleTakesNoFurtherOneAndThenFreesTheDirectory() throws Exception {
        drop(directory.inbox(), "a.xml", validFull("PM-A"), Instant.parse("2026-01-01T00:00:00Z"));
        drop(directory.inbox(), "b.xml", validFull("PM-B"), Instant.parse("2026-01-01T00:00:01Z"));
        drop(directory.inbox(), "c.xml", validFull("PM-C"), Instant.parse("2026-01-01T00:00:02Z"));
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DocumentIntake held = (document, sender, receivedAt) -> {
            inFlight.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return intake.submit(document, sender, receivedAt);
        };
        DropDirectoryWatcher watcher = new DropDirectoryWatcher(
                directory, held, Duration.ofMillis(50), 100, false, 64 * 1024, Clock.systemUTC());
        watcher.start();
        assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stopper = new Thread(watcher::stop);
        stopper.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> stopper.getState() == Thread.State.TIMED_WAITING);
        assertThat(stopper.isAlive())
                .as("stop waits for the document in flight")
                .isTrue();
        release.countDown();
        stopper.join(Duration.ofSeconds(10).toMillis());

        assertThat(stopper.isAlive()).isFalse();
        assertThat(publisher.acceptedReportIds())
                .containsExactly(ReportIds.of(UNIT, "PM-A").toString());
        assertThat(everythingUnder(root)).containsExactlyInAnyOrder("inbox/b.xml", "inbox/c.xml");
        DropDirectoryWatcher next = watcher(false);
        next.start();
        next.stop();
    }

    /** Stands for the process dying mid-batch: an {@link Error}, which the watcher does not catch. */
    private static final class SimulatedKill extends Error {
        SimulatedKill() {
            super("simulated kill", null, false, false);
        }
    }

    /** The permitted feedback the support module's inbox would hold: receipts, and decisions as the hub sends them. */
    private static final class Feedback implements ReportFeedback {

        private final Map<String, ReportStatusView> views = new LinkedHashMap<>();

        void decide(String reportId, String notificationId, InvestigationDecision decision) {
            OrganisationId unit = new OrganisationId(OrganisationIdScheme.POLICE_UNIT, UNIT);
            Receipt receipt = Receipt.newBuilder()
                    .setReportId(reportId)
                    .setConnectorId("police")
                    .setReportingOrganisation(unit)
                    .setAcceptedAt(Instant.parse("2026-11-23T17:06:07.123Z"))
                    .setContentDigest("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                    .build();
            views.put(
                    reportId,
                    new ReportStatusView(
                            receipt,
                            Optional.of(ReporterNotification.newBuilder()
                                    .setNotificationId(notificationId)
                                    .setReportId(reportId)
                                    .setReportingOrganisation(unit)
                                    .setDecision(decision)
                                    .setDecisionDate(LocalDate.of(2026, 12, 1))
                                    .setNotifiedAt(Instant.parse("2026-12-01T10:00:00Z"))
                                    .build())));
        }

        @Override
        public List<ReportStatusView> reports() {
            return List.copyOf(views.values());
        }
    }

    private DropDirectoryWatcher watcher(ReportFeedback feedback, BooleanSupplier receiptsKnown) {
        return new DropDirectoryWatcher(
                directory,
                intake,
                feedback,
                receiptsKnown,
                Duration.ofHours(1),
                100,
                false,
                64 * 1024,
                Clock.systemUTC());
    }

    private DropDirectoryWatcher watcher(boolean keepAccepted) {
        return new DropDirectoryWatcher(
                directory, intake, Duration.ofHours(1), 100, keepAccepted, 64 * 1024, Clock.systemUTC());
    }

    private static Path drop(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path drop(Path dir, String name, String content, Instant modified) throws IOException {
        Path file = drop(dir, name, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every regular file under {@code root} (relative, '/'-separated), except the watcher's lock and outbox ledger. */
    static List<String> everythingUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(".watcher.lock") && !name.equals("outbox-ledger.txt"))
                    .sorted()
                    .toList();
        }
    }
}
