package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.rules.audit.AuditChain;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.topics.Topics;

/**
 * Linking (reports are searchable since SoL 2025:400): a routed report carries the ids of the same municipality's
 * earlier reports about the same child within the window, found by a keyed pseudonym; another municipality's reports
 * are never revealed; reports without an identity number are not linked.
 */
class LinkingTest {

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void linksEarlierReportsAboutTheSameChildWithinTheSameMunicipality() {
        String child = TestReport.synthetic(LocalDate.of(2018, 5, 11));
        ConcernReport first = report(child, STOCKHOLM, HubDriver.START);
        ConcernReport second = report(child, STOCKHOLM, HubDriver.START.plus(Duration.ofDays(30)));
        ConcernReport otherChild = report(
                TestReport.synthetic(LocalDate.of(2018, 5, 12)), STOCKHOLM, HubDriver.START.plus(Duration.ofDays(31)));

        hub.submit(first);
        hub.submit(second);
        hub.submit(otherChild);

        List<RoutedReport> routed = hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM));
        assertThat(routed).hasSize(3);
        assertThat(byId(routed, first).getEarlierReports().getCount()).isZero();
        assertThat(byId(routed, second).getEarlierReports().getReportIds()).containsExactly(first.getReportId());
        assertThat(byId(routed, second).getEarlierReports().getWindowDays()).isEqualTo(365);
        assertThat(byId(routed, otherChild).getEarlierReports().getCount()).isZero();
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.LINKED)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getReportId()).isEqualTo(second.getReportId());
                    assertThat(AuditChain.ownerOf(a.getChain())).isEqualTo(STOCKHOLM);
                });
    }

    @Test
    void neverLinksAnotherMunicipalitysReports() {
        String child = TestReport.synthetic(LocalDate.of(2018, 5, 21));
        ConcernReport inGothenburg = report(child, GOTEBORG, HubDriver.START);
        ConcernReport inStockholm = report(child, STOCKHOLM, HubDriver.START.plus(Duration.ofDays(1)));

        hub.submit(inGothenburg);
        hub.submit(inStockholm);

        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)))
                .singleElement()
                .satisfies(r -> assertThat(r.getEarlierReports().getCount()).isZero());
        assertThat(hub.values(Topics.AUDIT)).noneMatch(a -> a.getAction() == AuditAction.LINKED);
    }

    @Test
    void doesNotLinkReportsOlderThanTheWindow() {
        String child = TestReport.synthetic(LocalDate.of(2018, 5, 31));
        ConcernReport old = report(child, STOCKHOLM, HubDriver.START.minus(Duration.ofDays(400)));
        ConcernReport recent = report(child, STOCKHOLM, HubDriver.START);

        hub.submit(old);
        hub.submit(recent);

        assertThat(byId(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)), recent)
                        .getEarlierReports()
                        .getCount())
                .isZero();
    }

    @Test
    void aReportWithoutAnIdentityNumberSkipsLinking() {
        ConcernReport first = report(null, STOCKHOLM, HubDriver.START);
        ConcernReport second = report(null, STOCKHOLM, HubDriver.START.plus(Duration.ofDays(1)));

        hub.submit(first);
        hub.submit(second);

        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.getEarlierReports().getCount()).isZero());
    }

    @Test
    void noTopicKeyCarriesTheIdentityNumber() {
        String child = TestReport.synthetic(LocalDate.of(2018, 6, 10));
        hub.submit(report(child, STOCKHOLM, HubDriver.START));
        hub.submit(report(child, STOCKHOLM, HubDriver.START.plus(Duration.ofDays(1))));

        List<KeyValue<String, RoutedReport>> routed = hub.read(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM));
        List<KeyValue<String, AuditRecord>> audit = hub.read(Topics.AUDIT);
        assertThat(routed).hasSize(2).allSatisfy(kv -> assertThat(kv.key).doesNotContain(child));
        assertThat(audit).allSatisfy(kv -> {
            assertThat(kv.key).doesNotContain(child);
            assertThat(kv.value.toString()).doesNotContain(child);
        });
    }

    private static ConcernReport report(String childNumber, String municipality, Instant submittedAt) {
        return HubDriver.report()
                .personalIdentityNumber(childNumber)
                .registeredIn(municipality)
                .currentlyIn(municipality)
                .submittedAt(submittedAt)
                .build();
    }

    private static RoutedReport byId(List<RoutedReport> routed, ConcernReport report) {
        return routed.stream()
                .filter(r -> r.getReportId().equals(report.getReportId()))
                .findFirst()
                .orElseThrow();
    }
}
