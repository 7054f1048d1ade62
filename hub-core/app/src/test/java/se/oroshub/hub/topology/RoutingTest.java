package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.MALMO;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ClearingReason;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.avro.UnroutableReport;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.fixtures.SyntheticIdentities;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.topics.Topics;

/** Routing: the municipality of registration, else where the child is, else clearing; each municipality its own topic. */
class RoutingTest {

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void routesToTheMunicipalityOfRegistration() {
        ConcernReport report =
                HubDriver.report().registeredIn(GOTEBORG).currentlyIn(MALMO).build();

        hub.submit(report);

        List<KeyValue<String, RoutedReport>> routed = hub.read(Topics.MUNICIPALITY_REPORTS.of(GOTEBORG));
        assertThat(routed).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(report.getReportId());
            assertThat(kv.value.getMunicipalityCode()).isEqualTo(GOTEBORG);
            assertThat(kv.value.getRoutingBasis()).isEqualTo(RoutingBasis.MUNICIPALITY_OF_REGISTRATION);
            assertThat(kv.value.getReport()).usingRecursiveComparison().isEqualTo(report);
            assertThat(kv.value.getContentDigest()).isEqualTo(ContentDigest.sha256Hex(report));
        });
        assertThat(hub.read(Topics.MUNICIPALITY_REPORTS.of(MALMO))).isEmpty();
        assertThat(hub.provisioned())
                .contains(Topics.MUNICIPALITY_REPORTS.of(GOTEBORG).name());
    }

    @Test
    void aChildWithACoordinationNumberIsRoutedLikeAnyOther() {
        String coordinationNumber = SyntheticIdentities.coordinationNumber(new Random(60), LocalDate.of(2017, 9, 4));
        ConcernReport report =
                HubDriver.report().personalIdentityNumber(coordinationNumber).build();

        hub.submit(report);

        assertThat(hub.values(Topics.DEAD_LETTER)).isEmpty();
        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM)))
                .singleElement()
                .satisfies(r -> assertThat(r.getReport().getChild().getPersonalIdentityNumber())
                        .isEqualTo(report.getChild().getPersonalIdentityNumber()));
    }

    @Test
    void fallsBackToTheMunicipalityWhereTheChildIsWhenRegistrationIsUnknown() {
        ConcernReport report =
                HubDriver.report().registeredIn(null).currentlyIn(MALMO).build();

        hub.submit(report);

        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(MALMO)))
                .singleElement()
                .satisfies(r -> assertThat(r.getRoutingBasis()).isEqualTo(RoutingBasis.CURRENT_MUNICIPALITY));
        assertThat(hub.values(Topics.CLEARING)).isEmpty();
    }

    @Test
    void sendsAReportWithNoKnownMunicipalityToClearingWithTheReason() {
        ConcernReport report =
                HubDriver.report().registeredIn(null).currentlyIn(null).build();

        hub.submit(report);

        List<KeyValue<String, UnroutableReport>> clearing = hub.read(Topics.CLEARING);
        assertThat(clearing).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(report.getReportId());
            assertThat(kv.value.getReason()).isEqualTo(ClearingReason.NO_MUNICIPALITY_KNOWN);
            assertThat(kv.value.getDetail()).isNotBlank();
            assertThat(kv.value.getReport()).usingRecursiveComparison().isEqualTo(report);
        });
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".reports"));
    }

    @Test
    void everyAcceptedReportGetsAReceiptWithTheDigestOfWhatWasAccepted() {
        ConcernReport report = HubDriver.report().build();

        hub.submit(report);

        List<KeyValue<String, Receipt>> receipts = hub.read(HubDriver.RECEIPTS);
        assertThat(receipts).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(report.getReportId());
            assertThat(kv.value.getContentDigest()).isEqualTo(ContentDigest.sha256Hex(report));
            assertThat(kv.value.getDigestAlgorithm()).isEqualTo("SHA-256");
            assertThat(kv.value.getReportingOrganisation()).isEqualTo(TestReport.SCHOOL);
        });
        assertThat(hub.values(Topics.MUNICIPALITY_REPORTS.of(STOCKHOLM))).hasSize(1);
    }
}
