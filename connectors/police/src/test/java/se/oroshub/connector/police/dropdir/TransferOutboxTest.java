package se.oroshub.connector.police.dropdir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;

class TransferOutboxTest {

    private static final OrganisationId UNIT =
            new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "5000-LPO-SODERMALM");
    private static final String REPORT = "d6775b58-cf63-5e6c-9876-f5a162db5479";

    @TempDir
    Path root;

    private DropDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new DropDirectory(root).create();
    }

    @Test
    void anIdThatIsNotPlainNeverReachesAFileNameAsItIs() {
        String unusual = "201203159981/../x";

        assertThat(TransferOutbox.key(unusual)).matches("[0-9a-f]{64}").doesNotContain("201203159981");
        assertThat(TransferOutbox.key(REPORT)).isEqualTo(REPORT);
    }

    @Test
    void aReceiptWrittenAgainIsTheSameFileAndLeavesNoTemporaryFile() throws IOException {
        TransferOutbox outbox = new TransferOutbox(directory);

        outbox.receipt(receipt());
        String first = Files.readString(directory.outbox().resolve(REPORT + ".receipt.xml"));
        new TransferOutbox(directory).receipt(receipt());

        try (var files = Files.list(directory.outbox())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(REPORT + ".receipt.xml");
        }
        assertThat(Files.readString(directory.outbox().resolve(REPORT + ".receipt.xml")))
                .isEqualTo(first);
        assertThat(Files.readAllLines(directory.outboxLedger())).containsExactly("report " + REPORT);
    }

    @Test
    void aLedgerLineTornByACrashIsIgnoredAndTheNextEntryStartsALineOfItsOwn() throws IOException {
        Files.writeString(directory.outboxLedger(), "report " + REPORT + "\nfeedback n-", StandardCharsets.UTF_8);
        List<ReportStatusView> views = List.of(view("n-1"));

        assertThat(new TransferOutbox(directory).feedback(views)).isEqualTo(1);

        assertThat(Files.readAllLines(directory.outboxLedger()))
                .containsExactly("report " + REPORT, "feedback n-", "feedback n-1");
        assertThat(new TransferOutbox(directory).feedback(views)).isZero();
    }

    private static Receipt receipt() {
        return Receipt.newBuilder()
                .setReportId(REPORT)
                .setConnectorId("police")
                .setReportingOrganisation(UNIT)
                .setAcceptedAt(Instant.parse("2026-11-23T17:06:07.123Z"))
                .setContentDigest("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .build();
    }

    private static ReportStatusView view(String notificationId) {
        return new ReportStatusView(
                receipt(),
                Optional.of(ReporterNotification.newBuilder()
                        .setNotificationId(notificationId)
                        .setReportId(REPORT)
                        .setReportingOrganisation(UNIT)
                        .setDecision(InvestigationDecision.OPENED)
                        .setDecisionDate(LocalDate.of(2026, 12, 1))
                        .setNotifiedAt(Instant.parse("2026-12-01T10:00:00Z"))
                        .build()));
    }
}
