package se.oroshub.connector.police.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.oroshub.connector.police.document.PoliceDocumentMapper;
import se.oroshub.connector.police.document.PoliceDocumentReader;
import se.oroshub.connector.police.dropdir.DropDirectory;
import se.oroshub.connector.police.dropdir.DropDirectoryWatcher;
import se.oroshub.connector.police.dropdir.ReportFeedback;
import se.oroshub.connector.police.dropdir.TransferDirectoryHealth;
import se.oroshub.connector.police.intake.DocumentIntake;
import se.oroshub.connector.police.intake.MaxDocumentSize;
import se.oroshub.connector.police.intake.PublishingDocumentIntake;
import se.oroshub.connector.police.intake.ReceiptLookup;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.support.ConnectorProperties;

/**
 * Wires the police connector from {@link PoliceConnectorProperties}: the document reader, the one intake both
 * channels use, and the watched transfer directory with its health indicator (unless
 * {@code oroshub.connector.police.directory.enabled} is false). Everything shared comes from the reporting and
 * support auto-configurations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PoliceConnectorProperties.class)
public class PoliceConnectorConfiguration {

    private static final String DIRECTORY_ENABLED = PoliceConnectorProperties.PREFIX + ".directory.enabled";

    @Bean
    PoliceDocumentReader policeDocumentReader() {
        return new PoliceDocumentReader();
    }

    @Bean
    MaxDocumentSize maxDocumentSize(PoliceConnectorProperties police) {
        return new MaxDocumentSize(police.maxDocumentSize().toBytes());
    }

    @Bean
    DocumentIntake documentIntake(
            PoliceDocumentReader reader,
            IntakePublisher publisher,
            FeedbackInbox inbox,
            ConnectorProperties connector,
            MaxDocumentSize maxDocumentSize) {
        return new PublishingDocumentIntake(
                reader,
                new PoliceDocumentMapper(connector.id()),
                publisher,
                ReceiptLookup.of(inbox),
                maxDocumentSize.bytes());
    }

    @Bean
    @ConditionalOnProperty(name = DIRECTORY_ENABLED, havingValue = "true", matchIfMissing = true)
    DropDirectoryWatcher dropDirectoryWatcher(
            DocumentIntake intake,
            FeedbackInbox inbox,
            ConnectorProperties connector,
            PoliceConnectorProperties police,
            MaxDocumentSize maxDocumentSize,
            Clock clock) {
        PoliceConnectorProperties.Directory directory = police.directory();
        ReportFeedback feedback = ReportFeedback.of(
                inbox,
                connector.organisations().stream()
                        .map(ConnectorProperties.Organisation::id)
                        .toList());
        return new DropDirectoryWatcher(
                new DropDirectory(directory.root(), directory.outbox()),
                intake,
                feedback,
                inbox::caughtUp,
                directory.pollInterval(),
                directory.maxFilesPerPoll(),
                directory.keepAccepted(),
                maxDocumentSize.bytes(),
                clock);
    }

    @Bean
    @ConditionalOnProperty(name = DIRECTORY_ENABLED, havingValue = "true", matchIfMissing = true)
    TransferDirectoryHealth transferDirectoryHealthIndicator(DropDirectoryWatcher watcher) {
        return new TransferDirectoryHealth(watcher);
    }
}
