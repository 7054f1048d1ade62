package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.topics.Topics;

/** Idempotence by report id: the same report twice yields the same receipt and one delivery; another one is refused. */
class IdempotenceTest {

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void anIdenticalResubmissionYieldsTheSameReceiptAndNoSecondDelivery() {
        ConcernReport report = HubDriver.report().build();

        hub.submit(report);
        hub.advanceWallClock(Duration.ofMinutes(5));
        hub.submit(ConcernReport.newBuilder(report).build());

        List<Receipt> receipts = hub.values(HubDriver.RECEIPTS);
        assertThat(receipts).hasSize(2);
        assertThat(receipts.get(1)).isEqualTo(receipts.get(0));
        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM))).hasSize(1);
        assertThat(hub.values(Topics.DEAD_LETTER)).isEmpty();
        assertThat(hub.values(Topics.AUDIT))
                .extracting(AuditRecord::getAction)
                .containsOnlyOnce(AuditAction.ACCEPTED, AuditAction.ROUTED, AuditAction.DUPLICATE_IGNORED);
    }

    @Test
    void aDifferentReportUnderAnAcceptedIdIsAConflictingDuplicate() {
        ConcernReport report = HubDriver.report().build();
        ConcernReport other = ConcernReport.newBuilder(report).build();
        other.getObservations().get(0).setDescription("A different account of what was seen.");

        hub.submit(report);
        hub.submit(other);

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.CONFLICTING_DUPLICATE);
            assertThat(rejection.getReportId()).isEqualTo(report.getReportId());
            assertThat(rejection.getField()).isEqualTo("reportId");
        });
        assertThat(hub.values(HubDriver.RECEIPTS)).hasSize(1);
        List<?> delivered = hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM));
        assertThat(delivered).hasSize(1);
    }
}
