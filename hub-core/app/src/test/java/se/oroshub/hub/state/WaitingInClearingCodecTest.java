package se.oroshub.hub.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.topology.HubSerdes;
import se.oroshub.schemas.avro.ClearingReason;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.UnroutableReport;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.registry.MockSchemaRegistry;

class WaitingInClearingCodecTest {

    private static final String CHANGELOG = "oroshub-hub-waiting-in-clearing-changelog";
    private static final Instant ACCEPTED = Instant.parse("2026-03-10T09:00:00Z");

    private final String scope = "waiting-in-clearing-" + UUID.randomUUID();
    private final Serde<UnroutableReport> wire = HubSerdes.fromConfig(Map.of("schema.registry.url", "mock://" + scope))
            .value(UnroutableReport.class);
    private final WaitingInClearingCodec codec = new WaitingInClearingCodec(wire);

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(scope);
    }

    private static UnroutableReport waiting() {
        ConcernReport report =
                new SyntheticReports(new Random(7), Clock.fixed(ACCEPTED, ZoneOffset.UTC)).schoolReport();
        return UnroutableReport.newBuilder()
                .setReportId(report.getReportId())
                .setReason(ClearingReason.NO_MUNICIPALITY_KNOWN)
                .setDetail("child.municipalityOfRegistration missing")
                .setAcceptedAt(ACCEPTED)
                .setContentDigest("5a1e3f0c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f")
                .setReport(report)
                .build();
    }

    @Test
    void aReportSurvivesTheRoundTripBehindItsVersion() {
        UnroutableReport waiting = waiting();
        byte[] bytes = codec.encode(CHANGELOG, waiting);

        assertThat(bytes[0]).isEqualTo(WaitingInClearingCodec.VERSION);
        assertThat(codec.decode(CHANGELOG, bytes)).usingRecursiveComparison().isEqualTo(waiting);
    }

    @Test
    void aReportWrittenInTheBareWireFormatBeforeTheVersionByteIsStillRead() {
        UnroutableReport waiting = waiting();
        byte[] version0 = wire.serializer().serialize(CHANGELOG, waiting);

        assertThat(codec.decode(CHANGELOG, version0)).usingRecursiveComparison().isEqualTo(waiting);
    }

    @Test
    void unknownVersionIsRejected() {
        byte[] bytes = codec.encode(CHANGELOG, waiting());
        bytes[0] = 2;
        assertThatThrownBy(() -> codec.decode(CHANGELOG, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2");
    }
}
