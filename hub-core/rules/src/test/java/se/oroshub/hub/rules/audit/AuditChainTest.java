package se.oroshub.hub.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.RoutingBasis;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-03-11T09:30:00.123Z");

    private static List<AuditRecord> chain(String municipality, int length) {
        List<AuditRecord> records = new ArrayList<>();
        AuditHead head = AuditHead.genesis(municipality);
        for (int i = 0; i < length; i++) {
            AuditRecord record = AuditChain.append(
                    head,
                    AuditEntry.routed(
                            "report-" + i, municipality, RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT.plusSeconds(i)));
            records.add(record);
            head = AuditHead.after(record);
        }
        return records;
    }

    @Test
    void firstRecordOfAChainLinksToSixtyFourZeros() {
        AuditRecord first = chain("0180", 1).get(0);
        assertThat(first.getSequence()).isEqualTo(1);
        assertThat(first.getPreviousHash()).isEqualTo("0".repeat(64));
        assertThat(first.getHash()).matches("[0-9a-f]{64}").isEqualTo(AuditChain.hashOf(first));
    }

    @Test
    void eachRecordCarriesTheHashOfThePreviousAndTheNextSequence() {
        List<AuditRecord> records = chain("0180", 3);
        assertThat(records.get(1).getPreviousHash()).isEqualTo(records.get(0).getHash());
        assertThat(records.get(2).getPreviousHash()).isEqualTo(records.get(1).getHash());
        assertThat(records).extracting(AuditRecord::getSequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void hashCoversEveryFieldButItself() {
        AuditRecord original = AuditChain.append(
                AuditHead.genesis("hub"),
                AuditEntry.rejected("rej-1", "report-1", RejectionReason.INVALID_FIELD, "observations", "school", AT));
        List<Consumer<AuditRecord>> alterations = List.of(
                r -> r.setChain("0180"),
                r -> r.setSequence(2L),
                r -> r.setAuditId("other"),
                r -> r.setOccurredAt(AT.plusMillis(1)),
                r -> r.setAction(AuditAction.ACCEPTED),
                r -> r.setReportId(null),
                r -> r.setActor("school"),
                r -> r.setReasonCode("missing_field"),
                r -> r.setAttributes(Map.of()),
                r -> r.setAttributes(withAttribute(r.getAttributes(), "field", "reporter")),
                r -> r.setPreviousHash("1".repeat(64)));
        for (Consumer<AuditRecord> alteration : alterations) {
            AuditRecord altered = AuditRecord.newBuilder(original).build();
            alteration.accept(altered);
            assertThat(AuditChain.hashOf(altered)).isNotEqualTo(original.getHash());
        }
        AuditRecord rehashed =
                AuditRecord.newBuilder(original).setHash("f".repeat(64)).build();
        assertThat(AuditChain.hashOf(rehashed)).isEqualTo(original.getHash());
    }

    @Test
    void canonicalEncodingIsTheDocumentedOne() {
        AuditRecord record = AuditChain.append(
                AuditHead.genesis("0180"),
                new AuditEntry("0180", "id-1", AT, AuditAction.LINKED, null, "hub", null, Map.of("k", "v")));
        ByteBuffer bytes = ByteBuffer.wrap(AuditChain.canonicalBytes(record));
        assertThat(readString(bytes)).isEqualTo("oroshub-audit-v1");
        assertThat(readString(bytes)).isEqualTo("0180");
        assertThat(bytes.getLong()).isEqualTo(1L);
        assertThat(readString(bytes)).isEqualTo("id-1");
        assertThat(bytes.getLong()).isEqualTo(AT.toEpochMilli());
        assertThat(readString(bytes)).isEqualTo("LINKED");
        assertThat(bytes.getInt()).isEqualTo(-1);
        assertThat(readString(bytes)).isEqualTo("hub");
        assertThat(bytes.getInt()).isEqualTo(-1);
        assertThat(bytes.getInt()).isEqualTo(1);
        assertThat(readString(bytes)).isEqualTo("k");
        assertThat(readString(bytes)).isEqualTo("v");
        assertThat(readString(bytes)).isEqualTo("0".repeat(64));
        assertThat(bytes.hasRemaining()).isFalse();
    }

    @Test
    void hashSurvivesTheAvroRoundTrip() throws IOException {
        AuditRecord record = AuditChain.append(
                AuditHead.genesis("0180"),
                AuditEntry.routed(
                        "r1", "0180", RoutingBasis.CURRENT_MUNICIPALITY, Instant.parse("2026-03-11T09:30:00.123456Z")));
        AuditRecord decoded =
                AuditRecord.getDecoder().decode(AuditRecord.getEncoder().encode(record));
        assertThat(AuditChain.hashOf(decoded)).isEqualTo(record.getHash());
        assertThat(AuditChainVerifier.verify(List.of(decoded)).intact()).isTrue();
    }

    @Test
    void entryIsAppendedOnlyToItsOwnChain() {
        assertThatThrownBy(() -> AuditChain.append(
                        AuditHead.genesis("1480"),
                        AuditEntry.routed("r1", "0180", RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachSegmentKeepsItsOwnChainOfAnOwner() {
        String first = AuditChain.chainId("0180", "intake-0");
        String second = AuditChain.chainId("0180", "intake-1");
        AuditRecord a = AuditChain.append(
                AuditHead.genesis(first),
                AuditEntry.routed("r1", "0180", RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT));
        AuditRecord b = AuditChain.append(
                AuditHead.genesis(second),
                AuditEntry.routed("r2", "0180", RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT));
        AuditRecord c = AuditChain.append(
                AuditHead.after(a), AuditEntry.routed("r3", "0180", RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT));

        assertThat(List.of(a, b, c)).extracting(AuditRecord::getChain).containsExactly(first, second, first);
        assertThat(List.of(a, b, c)).extracting(AuditRecord::getSequence).containsExactly(1L, 1L, 2L);
        assertThat(List.of(a, b, c))
                .extracting(r -> AuditChain.ownerOf(r.getChain()))
                .containsOnly("0180");
        assertThat(AuditChainVerifier.verify(List.of(a, b, c))).isEqualTo(new ChainVerification.Intact(3, 2));
    }

    @Test
    void chainIdNamesItsOwnerBeforeTheSegment() {
        assertThat(AuditChain.chainId("hub", "linking-2")).isEqualTo("hub/linking-2");
        assertThat(AuditChain.ownerOf("hub/linking-2")).isEqualTo("hub");
        assertThat(AuditChain.ownerOf("0180")).isEqualTo("0180");
        assertThatThrownBy(() -> AuditChain.chainId("0180/intake-1", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditChain.chainId("0180", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditChain.append(
                        AuditHead.genesis(AuditChain.chainId("1480", "intake-0")),
                        AuditEntry.routed("r1", "0180", RoutingBasis.MUNICIPALITY_OF_REGISTRATION, AT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intactChainVerifies() {
        List<AuditRecord> records = new ArrayList<>(chain("0180", 5));
        assertThat(AuditChainVerifier.verify(records)).isEqualTo(new ChainVerification.Intact(5, 1));
        assertThat(AuditChainVerifier.verify(List.of())).isEqualTo(new ChainVerification.Intact(0, 0));
    }

    @Test
    void alteredRecordIsNamedAsTheFirstBrokenLink() {
        List<AuditRecord> records = chain("0180", 5);
        records.get(2).setReasonCode("manual");
        ChainVerification result = AuditChainVerifier.verify(records);
        assertThat(result).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
            assertThat(broken.chain()).isEqualTo("0180");
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.kind()).isEqualTo(ChainVerification.BreakKind.ALTERED);
            assertThat(broken.auditId()).isEqualTo(records.get(2).getAuditId());
        });
    }

    @Test
    void removedRecordIsASequenceGap() {
        List<AuditRecord> records = chain("0180", 5);
        records.remove(1);
        assertThat(AuditChainVerifier.verify(records))
                .isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
                    assertThat(broken.sequence()).isEqualTo(3);
                    assertThat(broken.kind()).isEqualTo(ChainVerification.BreakKind.SEQUENCE_GAP);
                });
    }

    @Test
    void removedFirstRecordIsASequenceGap() {
        List<AuditRecord> records = chain("0180", 3);
        records.remove(0);
        assertThat(AuditChainVerifier.verify(records))
                .isInstanceOfSatisfying(
                        ChainVerification.Broken.class,
                        broken -> assertThat(broken.kind()).isEqualTo(ChainVerification.BreakKind.SEQUENCE_GAP));
    }

    @Test
    void replacedAndRehashedRecordBreaksTheNextLink() {
        List<AuditRecord> records = chain("0180", 4);
        AuditRecord forged = records.get(1);
        forged.setReportId("someone-else");
        forged.setHash(AuditChain.hashOf(forged));
        assertThat(AuditChainVerifier.verify(records))
                .isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
                    assertThat(broken.sequence()).isEqualTo(3);
                    assertThat(broken.kind()).isEqualTo(ChainVerification.BreakKind.WRONG_PREVIOUS_HASH);
                });
    }

    @Test
    void interleavedChainsAreVerifiedEachByItself() {
        List<AuditRecord> stockholm = chain("0180", 3);
        List<AuditRecord> goteborg = chain("1480", 2);
        List<AuditRecord> topic =
                List.of(stockholm.get(0), goteborg.get(0), stockholm.get(1), goteborg.get(1), stockholm.get(2));
        assertThat(AuditChainVerifier.verify(topic)).isEqualTo(new ChainVerification.Intact(5, 2));
        List<AuditRecord> missing = List.of(stockholm.get(0), goteborg.get(1), stockholm.get(1));
        assertThat(AuditChainVerifier.verify(missing))
                .isInstanceOfSatisfying(
                        ChainVerification.Broken.class,
                        broken -> assertThat(broken.chain()).isEqualTo("1480"));
    }

    private static Map<String, String> withAttribute(Map<String, String> attributes, String key, String value) {
        Map<String, String> copy = new HashMap<>(attributes);
        copy.put(key, value);
        return copy;
    }

    private static String readString(ByteBuffer bytes) {
        int length = bytes.getInt();
        byte[] utf8 = new byte[length];
        bytes.get(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
