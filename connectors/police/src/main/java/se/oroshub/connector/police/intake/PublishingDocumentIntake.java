package se.oroshub.connector.police.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.connector.police.document.ContractPaths;
import se.oroshub.connector.police.document.PoliceDocumentMapper;
import se.oroshub.connector.police.document.PoliceDocumentMapper.MappedDocument;
import se.oroshub.connector.police.document.PoliceDocumentReader;
import se.oroshub.connector.police.document.ReadResult;
import se.oroshub.connector.police.document.SchemaViolationCode;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.digest.ContentDigest;

/**
 * Reads, maps and publishes police documents through the reporting module's {@link IntakePublisher}. Logs report ids
 * and problem codes only: never a document id, never a value from a document.
 */
public final class PublishingDocumentIntake implements DocumentIntake {

    private static final Logger log = LoggerFactory.getLogger(PublishingDocumentIntake.class);

    private final PoliceDocumentReader reader;
    private final PoliceDocumentMapper mapper;
    private final IntakePublisher publisher;
    private final ReceiptLookup receipts;
    private final long maxDocumentBytes;

    /**
     * @param receipts         the receipts of reports this connector already had accepted (the reporting module's
     *                         {@code FeedbackInbox}); {@link ReceiptLookup#NONE} to always publish
     * @param maxDocumentBytes the largest document accepted
     */
    public PublishingDocumentIntake(
            PoliceDocumentReader reader,
            PoliceDocumentMapper mapper,
            IntakePublisher publisher,
            ReceiptLookup receipts,
            long maxDocumentBytes) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("the maximum document size must be positive");
        }
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public IntakeOutcome submit(byte[] document, Optional<OrganisationId> requiredSender, Instant receivedAt) {
        if (document.length > maxDocumentBytes) {
            return rejected(null, List.of(tooLarge(maxDocumentBytes)));
        }
        ReadResult read = reader.read(document);
        if (read instanceof ReadResult.Invalid invalid) {
            return rejected(
                    null, invalid.violations().stream().map(DocumentProblem::of).toList());
        }
        MappedDocument mapped = mapper.map(((ReadResult.Valid) read).document(), receivedAt);
        if (requiredSender.isPresent() && !requiredSender.get().equals(mapped.sender())) {
            log.warn(
                    "Police document for report {} refused: the caller may not send for the unit it names",
                    mapped.reportId());
            return new IntakeOutcome.NotPermitted();
        }
        Optional<Receipt> earlier = receipts.receiptOf(mapped.sender(), mapped.reportId());
        if (earlier.isPresent()) {
            return resent(mapped, earlier.get());
        }
        try {
            Receipt receipt = publisher.submit(mapped.report());
            log.info("Police document accepted as report {}", receipt.getReportId());
            return new IntakeOutcome.Accepted(receipt);
        } catch (SubmissionRejectedException e) {
            return rejected(
                    mapped.reportId(),
                    e.errors().stream()
                            .map(error -> DocumentProblem.of(error, ContractPaths.toElementPath(error.field())))
                            .toList());
        } catch (IntakeUnavailableException e) {
            log.warn("Police document for report {} NOT accepted: the intake is unavailable", mapped.reportId());
            return new IntakeOutcome.Unavailable(e.retryAfter());
        }
    }

    /**
     * A document whose report was accepted before: unchanged, it gets the original receipt (the report is not published
     * again); changed, it is a conflicting duplicate, since one document id must always mean one content.
     */
    private static IntakeOutcome resent(MappedDocument mapped, Receipt earlier) {
        ConcernReport asAcceptedThen = ConcernReport.newBuilder(mapped.report())
                .setSubmittedAt(earlier.getAcceptedAt())
                .build();
        if (ContentDigest.sha256Hex(asAcceptedThen).equals(earlier.getContentDigest())) {
            log.info("Police document for report {} was accepted before; returning its receipt", mapped.reportId());
            return new IntakeOutcome.Accepted(earlier);
        }
        return rejected(
                mapped.reportId(),
                List.of(new DocumentProblem(
                        "/concernReport/documentId",
                        -1,
                        -1,
                        ErrorCode.CONFLICTING_DUPLICATE.code(),
                        "a document with this document id was already accepted with"
                                + " different content; send a changed report under a new document id")));
    }

    /** The problem reported for a document larger than {@code maxBytes}. */
    public static DocumentProblem tooLarge(long maxBytes) {
        return new DocumentProblem(
                "",
                -1,
                -1,
                SchemaViolationCode.DOCUMENT_TOO_LARGE.code(),
                "the document is larger than the limit of " + maxBytes + " bytes");
    }

    private static IntakeOutcome rejected(String reportId, List<DocumentProblem> problems) {
        log.info(
                "Police document{} rejected: {}",
                reportId == null ? "" : " for report " + reportId,
                problems.stream().map(p -> p.element() + " " + p.code()).collect(Collectors.joining(", ")));
        return new IntakeOutcome.Rejected(problems);
    }
}
