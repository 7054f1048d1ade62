package se.oroshub.hub.rules.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;
import static se.oroshub.schemas.fixtures.TestReport.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.EarlierReports;

class EarlierReportLinksTest {

    private static final Instant NOW = Instant.parse("2026-03-11T09:30:00Z");
    private final EarlierReportLinks links = new EarlierReportLinks();

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void earlierReportsWithinTheWindowAreListedOldestFirst() {
        LinkResult result =
                links.link(List.of(new LinkEntry("b", daysAgo(10)), new LinkEntry("a", daysAgo(200))), "c", NOW);
        assertThat(result.earlierReports().getCount()).isEqualTo(2);
        assertThat(result.earlierReports().getReportIds()).containsExactly("a", "b");
        assertThat(result.earlierReports().getWindowDays()).isEqualTo(365);
        assertThat(result.entries())
                .containsExactly(
                        new LinkEntry("a", daysAgo(200)), new LinkEntry("b", daysAgo(10)), new LinkEntry("c", NOW));
    }

    @Test
    void defaultWindowIsTwelveMonths() {
        assertThat(links.windowDays()).isEqualTo(365);
        LinkResult result = links.link(
                List.of(new LinkEntry("old", daysAgo(365)), new LinkEntry("recent", daysAgo(364))), "new", NOW);
        assertThat(result.earlierReports().getReportIds()).containsExactly("recent");
    }

    @Test
    void reportsOlderThanTheWindowAreNeitherListedNorKept() {
        EarlierReportLinks month = new EarlierReportLinks(30);
        LinkResult result = month.link(
                List.of(new LinkEntry("old", daysAgo(31)), new LinkEntry("recent", daysAgo(29))), "new", NOW);
        assertThat(result.earlierReports().getReportIds()).containsExactly("recent");
        assertThat(result.earlierReports().getWindowDays()).isEqualTo(30);
        assertThat(result.entries()).extracting(LinkEntry::reportId).containsExactly("recent", "new");
    }

    @Test
    void firstReportAboutAChildHasNoEarlierReports() {
        LinkResult result = links.link(List.of(), "first", NOW);
        assertThat(result.earlierReports().getCount()).isZero();
        assertThat(result.earlierReports().getReportIds()).isEmpty();
        assertThat(result.entries()).containsExactly(new LinkEntry("first", NOW));
    }

    @Test
    void resubmissionDoesNotListItselfAndAddsNothing() {
        List<LinkEntry> stored =
                links.link(List.of(new LinkEntry("a", daysAgo(5))), "b", NOW).entries();
        LinkResult again = links.link(stored, "b", NOW);
        assertThat(again.earlierReports().getReportIds()).containsExactly("a");
        assertThat(again.entries()).isEqualTo(stored);
    }

    @Test
    void laterReportsAreNotListedAsEarlier() {
        LinkResult result = links.link(List.of(new LinkEntry("later", NOW.plusSeconds(60))), "now", NOW);
        assertThat(result.earlierReports().getCount()).isZero();
        assertThat(result.entries()).extracting(LinkEntry::reportId).containsExactly("now", "later");
    }

    @Test
    void anotherMunicipalitysReportsAreNeverIncluded() {
        ChildPseudonym pseudonym = new ChildPseudonym(
                "a master secret of at least 32 bytes for tests only".getBytes(StandardCharsets.UTF_8));
        Map<String, List<LinkEntry>> store = new HashMap<>();
        ConcernReport inStockholm = report().id("sthlm-1")
                .registeredIn(STOCKHOLM)
                .submittedAt(daysAgo(3))
                .build();
        ConcernReport inGoteborg =
                report().id("gbg-1").registeredIn(GOTEBORG).submittedAt(NOW).build();

        EarlierReports first = link(store, pseudonym, STOCKHOLM, inStockholm);
        EarlierReports second = link(store, pseudonym, GOTEBORG, inGoteborg);

        assertThat(first.getCount()).isZero();
        assertThat(second.getCount()).isZero();
        ConcernReport againInStockholm =
                report().id("sthlm-2").registeredIn(STOCKHOLM).submittedAt(NOW).build();
        assertThat(link(store, pseudonym, STOCKHOLM, againInStockholm).getReportIds())
                .containsExactly("sthlm-1");
    }

    @Test
    void reportWithoutANumberCarriesNoLinks() {
        EarlierReports none = links.none();
        assertThat(none.getCount()).isZero();
        assertThat(none.getReportIds()).isEmpty();
        assertThat(none.getWindowDays()).isEqualTo(365);
    }

    @Test
    void windowMustBePositive() {
        assertThatThrownBy(() -> new EarlierReportLinks(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private EarlierReports link(
            Map<String, List<LinkEntry>> store, ChildPseudonym pseudonym, String municipality, ConcernReport report) {
        String key = pseudonym.of(municipality, report).orElseThrow();
        LinkResult result =
                links.link(store.getOrDefault(key, List.of()), report.getReportId(), report.getSubmittedAt());
        store.put(key, new ArrayList<>(result.entries()));
        return result.earlierReports();
    }
}
