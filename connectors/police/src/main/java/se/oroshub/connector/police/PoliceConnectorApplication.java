package se.oroshub.connector.police;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import se.oroshub.connector.police.document.PoliceDocumentMapper;
import se.oroshub.connector.police.document.PoliceDocumentReader;
import se.oroshub.connector.police.dropdir.DropDirectory;
import se.oroshub.connector.police.dropdir.DropDirectoryWatcher;
import se.oroshub.connector.police.dropdir.ReportFeedback;
import se.oroshub.connector.police.dropdir.TransferDirectoryHealth;
import se.oroshub.connector.police.intake.DocumentIntake;
import se.oroshub.connector.police.intake.PublishingDocumentIntake;
import se.oroshub.connector.police.intake.ReceiptLookup;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.support.ConnectorApplication;
import se.oroshub.connector.support.ConnectorProperties;

/**
 * The police connector: XSD-validated XML documents over HTTP and from a watched transfer directory; receipts and the
 * permitted feedback back over HTTP and into the transfer directory's outbox.
 */
@SpringBootApplication
@EnableConfigurationProperties(PoliceConnectorProperties.class)
public class PoliceConnectorApplication {

    public static void main(String[] args) {
        ConnectorApplication.run(PoliceConnectorApplication.class, args);
    }

    @Bean
    PoliceDocumentReader policeDocumentReader() {
        return new PoliceDocumentReader();
    }

    @Bean
    DocumentIntake documentIntake(PoliceDocumentReader reader, IntakePublisher publisher, FeedbackInbox inbox,
            ConnectorProperties connector, PoliceConnectorProperties police) {
        return new PublishingDocumentIntake(reader, new PoliceDocumentMapper(connector.id()), publisher,
                ReceiptLookup.of(inbox), police.maxDocumentSize().toBytes());
    }

    @Bean
    @ConditionalOnProperty(name = "oroshub.police.directory.enabled", havingValue = "true", matchIfMissing = true)
    DropDirectoryWatcher dropDirectoryWatcher(DocumentIntake intake, FeedbackInbox inbox, ConnectorProperties connector,
            PoliceConnectorProperties police, Clock clock) {
        PoliceConnectorProperties.Directory directory = police.directory();
        ReportFeedback feedback = ReportFeedback.of(inbox,
                connector.organisations().stream().map(ConnectorProperties.Organisation::id).toList());
        return new DropDirectoryWatcher(new DropDirectory(directory.root(), directory.outbox()), intake, feedback,
                inbox::caughtUp, directory.pollInterval(), directory.maxFilesPerPoll(), directory.keepAccepted(),
                police.maxDocumentSize().toBytes(), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "oroshub.police.directory.enabled", havingValue = "true", matchIfMissing = true)
    TransferDirectoryHealth transferDirectoryHealthIndicator(DropDirectoryWatcher watcher) {
        return new TransferDirectoryHealth(watcher);
    }
}
