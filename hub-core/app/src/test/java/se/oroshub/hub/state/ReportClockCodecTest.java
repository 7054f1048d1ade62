package se.oroshub.hub.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.rules.deadline.Deadline;
import se.oroshub.hub.rules.deadline.DeadlineConfig;
import se.oroshub.hub.rules.deadline.DeadlinePolicy;
import se.oroshub.hub.rules.deadline.ReportClock;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.TransferredToMunicipality;

class ReportClockCodecTest {

    private static final Instant T = Instant.parse("2026-03-11T09:30:00.123456789Z");
    private final DeadlinePolicy policy =
            new DeadlinePolicy(DeadlineConfig.defaults().withReporterFeedback(Duration.ofDays(21)));

    @Property(tries = 200)
    void everyClockSurvivesTheRoundTrip(
            @ForAll boolean acute,
            @ForAll boolean entitled,
            @ForAll @IntRange(min = 0, max = 6) int steps,
            @ForAll @IntRange(min = 0, max = 200) int checkDays) {
        ReportClock clock = policy.start("r-" + steps, "0180", acute, entitled, T);
        Instant at = T;
        for (int i = 0; i < steps; i++) {
            at = at.plus(Duration.ofHours(7));
            LocalDate on = LocalDate.ofInstant(at, ZoneOffset.UTC);
            clock = policy.on(
                    clock,
                    event(
                            clock.reportId(),
                            at,
                            switch (i) {
                                case 0 ->
                                    ReportReceived.newBuilder()
                                            .setSystemReference("DNR-2026-00412")
                                            .build();
                                case 1 ->
                                    ProtectiveAssessmentMade.newBuilder()
                                            .setImmediateProtectionNeeded(true)
                                            .build();
                                case 2 ->
                                    InvestigationDecisionMade.newBuilder()
                                            .setDecision(InvestigationDecision.OPENED)
                                            .setDecisionDate(on)
                                            .setWithholdFeedback(false)
                                            .build();
                                case 3 ->
                                    InvestigationClosed.newBuilder()
                                            .setClosedOn(on)
                                            .build();
                                case 4 ->
                                    CaseOfficerChanged.newBuilder()
                                            .setCaseOfficerRef("handlaggare-17")
                                            .setTookOverOn(on)
                                            .build();
                                default ->
                                    TransferredToMunicipality.newBuilder()
                                            .setToMunicipalityCode("1480")
                                            .setTransferredOn(on)
                                            .build();
                            }));
        }
        clock = policy.check(clock, T.plus(Duration.ofDays(checkDays))).clock();
        assertThat(ReportClockCodec.decode(ReportClockCodec.encode(clock))).isEqualTo(clock);
    }

    @Property(tries = 50)
    void aClearingClockWithoutMunicipalitySurvivesTheRoundTrip(
            @ForAll boolean acute, @ForAll @IntRange(min = 0, max = 300) int checkMinutes) {
        ReportClock clock = policy.check(
                        policy.startClearing("r-clearing", acute, T), T.plus(Duration.ofMinutes(checkMinutes)))
                .clock();

        ReportClock decoded = ReportClockCodec.decode(ReportClockCodec.encode(clock));

        assertThat(decoded).isEqualTo(clock);
        assertThat(decoded.inClearing()).isTrue();
    }

    @Test
    void aClockWrittenInTheFirstFormatIsStillRead() throws IOException {
        ReportClock clock = policy.check(policy.start("r-v1", "0180", true, false, T), T.plus(Duration.ofDays(2)))
                .clock();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeUTF("r-v1");
            out.writeUTF("0180");
            out.writeBoolean(true);
            writeInstant(out, T);
            out.writeBoolean(false);
            out.writeInt(clock.deadlines().size());
            for (Deadline deadline : clock.deadlines()) {
                out.writeUTF(deadline.kind().name());
                writeInstant(out, deadline.dueAt());
                out.writeBoolean(false);
                out.writeBoolean(deadline.deviationEmitted());
            }
        }

        assertThat(ReportClockCodec.decode(bytes.toByteArray())).isEqualTo(clock);
    }

    private static CaseStatusEvent event(String reportId, Instant at, Object payload) {
        return CaseStatusEvent.newBuilder()
                .setEventId("event-" + at.toEpochMilli())
                .setReportId(reportId)
                .setMunicipalityCode("0180")
                .setOccurredAt(at)
                .setPayload(payload)
                .build();
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    @Test
    void unknownVersionIsRejected() {
        byte[] bytes = ReportClockCodec.encode(policy.start("r", "0180", false, false, T));
        bytes[0] = 9;
        assertThatThrownBy(() -> ReportClockCodec.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void truncatedBytesAreRejected() {
        byte[] bytes = ReportClockCodec.encode(policy.start("r", "0180", false, false, T));
        assertThatThrownBy(() -> ReportClockCodec.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
