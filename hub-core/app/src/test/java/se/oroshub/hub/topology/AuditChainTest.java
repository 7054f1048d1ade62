package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.audit.AuditVerifyCommand;
import se.oroshub.hub.rules.audit.AuditChain;
import se.oroshub.hub.rules.audit.AuditEntry;
import se.oroshub.hub.rules.audit.AuditHead;
import se.oroshub.hub.rules.audit.ChainVerification;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.topics.Topics;

/**
 * Every decision the hub takes appends an audit record; the records of each chain (one per owner, a municipality or
 * {@code hub} for decisions before routing, and per hub task) are hash-chained on the audit topic, keyed by chain, and
 * the verification finds an altered, removed or unreadable record.
 */
class AuditChainTest {

    /** TopologyTestDriver runs every sub-topology as the task of partition 0. */
    private static final String HUB_INTAKE = AuditEntry.HUB_OWNER + "/" + HubTopology.INTAKE_SEGMENT + "-0";

    private static final String STOCKHOLM_INTAKE = STOCKHOLM + "/" + HubTopology.INTAKE_SEGMENT + "-0";
    private static final String STOCKHOLM_LINKING = STOCKHOLM + "/" + HubTopology.LINKING_SEGMENT + "-0";
    private static final String GOTHENBURG_INTAKE = GOTEBORG + "/" + HubTopology.INTAKE_SEGMENT + "-0";

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void everyDecisionIsAuditedInAnIntactVerifiableChainPerMunicipality() {
        List<KeyValue<String, AuditRecord>> audit = runScenario();

        assertThat(audit).allSatisfy(kv -> assertThat(kv.key).isEqualTo(kv.value.getChain()));
        Map<String, List<AuditRecord>> chains =
                audit.stream().map(kv -> kv.value).collect(Collectors.groupingBy(AuditRecord::getChain));
        assertThat(chains).containsOnlyKeys(HUB_INTAKE, STOCKHOLM_INTAKE, STOCKHOLM_LINKING, GOTHENBURG_INTAKE);
        chains.values().forEach(chain -> {
            assertThat(chain)
                    .extracting(AuditRecord::getSequence)
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, chain.size()).boxed().toList());
            assertThat(chain.get(0).getPreviousHash()).isEqualTo(AuditHead.GENESIS_HASH);
        });
        assertThat(chains.get(HUB_INTAKE))
                .extracting(AuditRecord::getAction)
                .contains(AuditAction.ACCEPTED, AuditAction.REJECTED, AuditAction.STATUS_REJECTED);
        assertThat(chains.get(STOCKHOLM_INTAKE))
                .extracting(AuditRecord::getAction)
                .contains(
                        AuditAction.ROUTED,
                        AuditAction.DELIVERY_ACKNOWLEDGED,
                        AuditAction.STATUS_RECORDED,
                        AuditAction.NOTIFIED,
                        AuditAction.SUPPRESSED_BY_POLICY,
                        AuditAction.DEADLINE_MISSED);
        assertThat(chains.get(STOCKHOLM_LINKING))
                .extracting(AuditRecord::getAction)
                .containsOnly(AuditAction.LINKED);

        Map<String, ChainVerification> verified = AuditVerifyCommand.verifyChains(values(audit));
        assertThat(verified)
                .hasSize(4)
                .allSatisfy((chain, result) -> assertThat(result.intact()).isTrue());
    }

    @Test
    void eachTaskWritesItsOwnChainPerOwnerSoNoChainFunnelsTheHubThroughOneTask() {
        List<AuditRecord> records = values(runScenario());

        assertThat(records)
                .extracting(r -> AuditChain.ownerOf(r.getChain()))
                .containsOnly(AuditEntry.HUB_OWNER, STOCKHOLM, GOTEBORG);
        assertThat(records)
                .extracting(AuditRecord::getChain)
                .allSatisfy(chain -> assertThat(chain)
                        .matches("(hub|\\d{4})/(" + HubTopology.INTAKE_SEGMENT + "|" + HubTopology.LINKING_SEGMENT
                                + ")-\\d+"));
    }

    @Test
    void anUnreadableRecordIsTheFirstBrokenLinkOfItsChain() {
        List<AuditRecord> records = values(runScenario());
        List<AuditRecord> stockholm = records.stream()
                .filter(r -> r.getChain().equals(STOCKHOLM_INTAKE))
                .toList();

        Map<String, ChainVerification> verified = AuditVerifyCommand.verifyChains(
                records,
                List.of(new AuditVerifyCommand.Unreadable(STOCKHOLM_INTAKE, 2, "partition 0 offset 7", "bad bytes")));

        assertThat(stockholm).hasSizeGreaterThan(2);
        assertThat(verified.get(STOCKHOLM_INTAKE)).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.kind()).isEqualTo(ChainVerification.BreakKind.UNREADABLE);
            assertThat(broken.detail()).contains("partition 0 offset 7");
        });
        assertThat(verified.get(HUB_INTAKE).intact()).isTrue();
    }

    @Test
    void anAlteredRecordIsTheFirstBrokenLinkOfItsChain() {
        List<AuditRecord> records = values(runScenario());
        AuditRecord victim = records.stream()
                .filter(r -> r.getChain().equals(STOCKHOLM_INTAKE))
                .skip(2)
                .findFirst()
                .orElseThrow();
        victim.setReasonCode("something_else");

        Map<String, ChainVerification> verified = AuditVerifyCommand.verifyChains(records);

        assertThat(verified.get(STOCKHOLM_INTAKE)).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(victim.getSequence());
            assertThat(broken.kind()).isEqualTo(ChainVerification.BreakKind.ALTERED);
        });
        assertThat(AuditVerifyCommand.describe(STOCKHOLM_INTAKE, verified.get(STOCKHOLM_INTAKE)))
                .contains("BROKEN at sequence " + victim.getSequence());
        assertThat(verified.get(HUB_INTAKE).intact()).isTrue();
    }

    @Test
    void aRemovedRecordIsDetected() {
        List<AuditRecord> records = new ArrayList<>(values(runScenario()));
        AuditRecord removed = records.stream()
                .filter(r -> r.getChain().equals(HUB_INTAKE))
                .skip(1)
                .findFirst()
                .orElseThrow();
        records.remove(removed);

        ChainVerification hubChain = AuditVerifyCommand.verifyChains(records).get(HUB_INTAKE);

        assertThat(hubChain)
                .isInstanceOfSatisfying(
                        ChainVerification.Broken.class,
                        broken -> assertThat(broken.kind()).isEqualTo(ChainVerification.BreakKind.SEQUENCE_GAP));
    }

    /** Two linked reports in Stockholm, one in Gothenburg, bad input, status events and a missed deadline. */
    private List<KeyValue<String, AuditRecord>> runScenario() {
        LocalDate born = LocalDate.of(2018, 5, 5);
        ConcernReport first = HubDriver.report().bornOn(born).build();
        ConcernReport second = HubDriver.report()
                .bornOn(born)
                .submittedAt(HubDriver.START.plusSeconds(60))
                .build();
        ConcernReport elsewhere = HubDriver.report().registeredIn(GOTEBORG).build();
        hub.submit(first);
        hub.submit(second);
        hub.submit(elsewhere);
        hub.submitRaw("garbage", "garbage".getBytes(StandardCharsets.UTF_8));
        hub.publish(TestEvents.received(first.getReportId(), STOCKHOLM, HubDriver.START));
        hub.publish(TestEvents.decision(
                first.getReportId(),
                STOCKHOLM,
                HubDriver.START.plus(Duration.ofDays(1)),
                InvestigationDecision.OPENED,
                false));
        hub.publish(TestEvents.protectiveAssessment(first.getReportId(), GOTEBORG, HubDriver.START));
        hub.advanceWallClock(Duration.ofDays(1));
        return hub.read(Topics.AUDIT);
    }

    private static List<AuditRecord> values(List<KeyValue<String, AuditRecord>> records) {
        return records.stream().map(kv -> kv.value).toList();
    }
}
