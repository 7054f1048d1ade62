package se.oroshub.connector.police.dropdir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import se.oroshub.connector.police.intake.FeedbackRepresentation;
import se.oroshub.connector.police.intake.ReceiptRepresentation;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;

/**
 * Writes what the other side of the transfer channel collects: the receipt of every document accepted through the
 * directory ({@code <reportId>.receipt.xml}) and each permitted notification on those reports
 * ({@code <reportId>.feedback.<notificationId>.xml}). File names are made of ids the connector derived or the hub
 * issued, never of anything a document contains. Each file is written whole (temporary name, then rename), and the same
 * receipt or notification always gets the same name and content, so writing it again after a crash is harmless.
 *
 * <p>The ledger ({@link DropDirectory#outboxLedger()}) is an append-only list of {@code report <id>} (accepted through
 * this directory) and {@code feedback <id>} (notification written) lines. Only reports on it get feedback files, and a
 * notification on it is not written again after the channel collected the file. A line is appended after the file it
 * records is in place, so a crash in between leads to the same file being written once more, never to a lost one.
 *
 * <p>Not thread-safe: the watcher calls it under its poll lock.
 */
final class TransferOutbox {

    /** The suffix of a receipt in the outbox. */
    static final String RECEIPT_SUFFIX = ".receipt.xml";
    /** Between the report id and the notification id in the name of a feedback file. */
    static final String FEEDBACK_INFIX = ".feedback.";

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final String REPORT = "report ";
    private static final String FEEDBACK = "feedback ";

    private final DropDirectory directory;
    private Set<String> reports;
    private Set<String> notifications;
    private boolean ledgerEndsMidLine;

    TransferOutbox(DropDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** Writes the receipt of a document accepted through the directory, and records the report for its feedback. */
    void receipt(Receipt receipt) throws IOException {
        loadLedger();
        String report = key(receipt.getReportId());
        AtomicFiles.write(
                directory.outbox().resolve(report + RECEIPT_SUFFIX),
                ReceiptRepresentation.of(receipt).toXml());
        if (!reports.contains(report)) {
            appendToLedger(REPORT + report);
            reports.add(report);
        }
    }

    /**
     * Writes each decision on a report accepted through the directory that is not written yet.
     *
     * @return how many files were written
     */
    int feedback(List<ReportStatusView> views) throws IOException {
        loadLedger();
        int written = 0;
        for (ReportStatusView view : views) {
            if (view.decision().isEmpty()) {
                continue;
            }
            ReporterNotification notification = view.decision().get();
            String report = key(notification.getReportId());
            String id = key(notification.getNotificationId());
            if (!reports.contains(report) || notifications.contains(id)) {
                continue;
            }
            AtomicFiles.write(
                    directory.outbox().resolve(report + FEEDBACK_INFIX + id + DropDirectoryWatcher.DOCUMENT_SUFFIX),
                    FeedbackRepresentation.notification(notification));
            appendToLedger(FEEDBACK + id);
            notifications.add(id);
            written++;
        }
        return written;
    }

    /** The id as it appears in file names and the ledger: itself when plain (a UUID), else its SHA-256. */
    static String key(String id) {
        if (PLAIN_ID.matcher(id).matches()) {
            return id;
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private void loadLedger() throws IOException {
        if (reports != null) {
            return;
        }
        Set<String> loadedReports = new HashSet<>();
        Set<String> loadedNotifications = new HashSet<>();
        String content;
        try {
            content = Files.readString(directory.outboxLedger(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            content = "";
        }
        ledgerEndsMidLine = !content.isEmpty() && !content.endsWith("\n");
        List<String> lines = content.lines().toList();
        int complete = ledgerEndsMidLine ? lines.size() - 1 : lines.size();
        for (String line : lines.subList(0, complete)) {
            if (line.startsWith(REPORT)) {
                loadedReports.add(line.substring(REPORT.length()));
            } else if (line.startsWith(FEEDBACK)) {
                loadedNotifications.add(line.substring(FEEDBACK.length()));
            }
        }
        reports = loadedReports;
        notifications = loadedNotifications;
    }

    private void appendToLedger(String line) throws IOException {
        AtomicFiles.append(directory.outboxLedger(), (ledgerEndsMidLine ? "\n" : "") + line + "\n");
        ledgerEndsMidLine = false;
    }
}
