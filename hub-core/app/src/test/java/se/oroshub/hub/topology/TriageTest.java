package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AcuteReason;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.topics.Topics;

/**
 * Triage: acute reports are marked acute with their reasons; an acute report outside office hours also goes to the
 * municipality's after-hours service (social jour); a report that is not acute, or arrives in office hours, does not.
 */
class TriageTest {

    /** A Saturday, 02:00 in Stockholm. */
    private static final Instant SATURDAY_NIGHT = Instant.parse("2026-03-14T01:00:00Z");

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void aReportOfViolenceIsMarkedAcute() {
        ConcernReport report = HubDriver.report()
                .observations(ConcernCategory.PHYSICAL_VIOLENCE)
                .build();

        hub.submit(report);

        RoutedReport routed = single(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)));
        assertThat(routed.getTriage().getAcute()).isTrue();
        assertThat(routed.getTriage().getReasons()).contains(AcuteReason.VIOLENCE);
        assertThat(routed.getTriage().getReceivedOutsideOfficeHours()).isFalse();
        assertThat(routed.getTriage().getAfterHoursDestination()).isNull();
    }

    @Test
    void aVeryYoungChildMakesTheReportAcute() {
        ConcernReport report =
                HubDriver.report().bornOn(LocalDate.of(2026, 1, 2)).build();

        hub.submit(report);

        assertThat(single(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)))
                        .getTriage()
                        .getReasons())
                .contains(AcuteReason.VERY_YOUNG_CHILD);
    }

    @Test
    void anAcuteReportOutsideOfficeHoursAlsoGoesToTheAfterHoursService() {
        ConcernReport report = HubDriver.report()
                .submittedAt(SATURDAY_NIGHT)
                .immediateDanger(true)
                .build();

        hub.submit(report);

        RoutedReport routed = single(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)));
        assertThat(routed.getTriage().getAcute()).isTrue();
        assertThat(routed.getTriage().getReasons()).contains(AcuteReason.IMMEDIATE_DANGER);
        assertThat(routed.getTriage().getReceivedOutsideOfficeHours()).isTrue();
        String destination = routed.getTriage().getAfterHoursDestination();
        assertThat(destination).isEqualTo("socialjour-" + STOCKHOLM);
        assertThat(hub.read(Topics.AFTER_HOURS_REPORTS.of(destination)))
                .singleElement()
                .satisfies(kv -> {
                    assertThat(kv.key).isEqualTo(report.getReportId());
                    assertThat(kv.value).usingRecursiveComparison().isEqualTo(routed);
                });
        assertThat(hub.provisioned())
                .contains(Topics.AFTER_HOURS_REPORTS.of(destination).name());
        assertThat(hub.values(Topics.AUDIT))
                .extracting(AuditRecord::getAction)
                .contains(AuditAction.SENT_TO_AFTER_HOURS);
    }

    @Test
    void anAcuteReportDuringOfficeHoursDoesNotGoToTheAfterHoursService() {
        ConcernReport report = HubDriver.report().markedAcute(true).build();

        hub.submit(report);

        assertThat(single(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)))
                        .getTriage()
                        .getAcute())
                .isTrue();
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.startsWith("oroshub.after-hours."));
    }

    @Test
    void aReportThatIsNotAcuteDoesNotGoToTheAfterHoursServiceEvenAtNight() {
        ConcernReport report = HubDriver.report().submittedAt(SATURDAY_NIGHT).build();

        hub.submit(report);

        RoutedReport routed = single(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)));
        assertThat(routed.getTriage().getAcute()).isFalse();
        assertThat(routed.getTriage().getReceivedOutsideOfficeHours()).isTrue();
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.startsWith("oroshub.after-hours."));
    }

    private static RoutedReport single(List<RoutedReport> reports) {
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }
}
