package se.oroshub.connector.police.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The police connector's own settings, under {@code oroshub.connector.police} (beside the shared
 * {@code oroshub.connector.*}).
 *
 * <pre>
 * oroshub:
 *   connector:
 *     police:
 *       max-document-size: 1MB         # larger documents are rejected unread (HTTP and directory)
 *       directory:
 *         enabled: true                # watch the transfer directory
 *         root: transfer               # holds inbox/, processing/, rejected/ and accepted/ (one file system)
 *         outbox:                      # receipts and feedback for the sender to collect; unset = root/outbox
 *         poll-interval: 5s
 *         max-files-per-poll: 100
 *         keep-accepted: false         # true: also move accepted files to accepted/ with the receipt beside them
 * </pre>
 *
 * @param maxDocumentSize the largest document accepted
 * @param directory       the watched transfer directory
 */
@ConfigurationProperties(PoliceConnectorProperties.PREFIX)
public record PoliceConnectorProperties(
        @DefaultValue("1MB") DataSize maxDocumentSize,
        @DefaultValue Directory directory) {

    /** Where these settings live. */
    public static final String PREFIX = "oroshub.connector.police";

    public PoliceConnectorProperties {
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(1) : maxDocumentSize;
        if (maxDocumentSize.toBytes() <= 0) {
            throw new IllegalArgumentException(PREFIX + ".max-document-size must be positive");
        }
        directory = directory == null ? new Directory(true, null, null, null, 100, false) : directory;
    }

    /**
     * The transfer directory the police's secure file transfer writes into.
     *
     * @param enabled         whether the directory is watched
     * @param root            the directory holding {@code inbox/}, {@code processing/}, {@code rejected/} and
     *                        {@code accepted/}; all four on one file system, so moves between them are atomic
     * @param outbox          where the receipt of every accepted document ({@code <reportId>.receipt.xml}) and each
     *                        permitted notification on those reports ({@code <reportId>.feedback.<notificationId>.xml})
     *                        are written for the other side of the transfer channel to collect; {@code root/outbox}
     *                        when not set
     * @param pollInterval    the pause between two polls
     * @param maxFilesPerPoll at most this many new files are taken from the inbox per poll
     * @param keepAccepted    also keep accepted files in {@code accepted/} with their receipt, instead of deleting them
     */
    public record Directory(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("transfer") Path root,
            Path outbox,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("100") int maxFilesPerPoll,
            @DefaultValue("false") boolean keepAccepted) {

        public Directory {
            root = root == null ? Path.of("transfer") : root;
            outbox = outbox == null || outbox.toString().isEmpty() ? null : outbox;
            pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException(PREFIX + ".directory.poll-interval must be positive");
            }
            if (maxFilesPerPoll < 1) {
                throw new IllegalArgumentException(PREFIX + ".directory.max-files-per-poll must be at least 1");
            }
        }
    }
}
