package se.oroshub.connector.socialservices.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import se.oroshub.schemas.avro.AcuteReason;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Deadlines;
import se.oroshub.schemas.avro.EarlierReports;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.avro.Triage;
import se.oroshub.schemas.fixtures.SyntheticReports;

/** Routed reports about synthetic children, as the hub would put them on a municipality's topic. */
public final class TestReports {

    private final SyntheticReports synthetic;
    private final Clock clock;

    public TestReports(long seed) {
        this(seed, Clock.systemUTC());
    }

    public TestReports(long seed, Clock clock) {
        this.synthetic = new SyntheticReports(new Random(seed), clock);
        this.clock = clock;
    }

    /** A routed school report for {@code municipalityCode}, acute or not, with one earlier report. */
    public RoutedReport routed(String municipalityCode, boolean acute) {
        ConcernReport report = synthetic.report(
                "school",
                ReporterKind.MANDATORY_PROFESSIONAL,
                SyntheticReports.DEMO_SCHOOL,
                "Kvarnbackaskolan",
                municipalityCode);
        Instant accepted = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return RoutedReport.newBuilder()
                .setReportId(report.getReportId())
                .setMunicipalityCode(municipalityCode)
                .setRoutingBasis(RoutingBasis.MUNICIPALITY_OF_REGISTRATION)
                .setAcceptedAt(accepted)
                .setRoutedAt(accepted)
                .setContentDigest("ab".repeat(32))
                .setTriage(Triage.newBuilder()
                        .setAcute(acute)
                        .setReasons(acute ? List.of(AcuteReason.VIOLENCE) : List.of())
                        .setReceivedOutsideOfficeHours(false)
                        .setAfterHoursDestination(null)
                        .build())
                .setDeadlines(Deadlines.newBuilder()
                        .setProtectiveAssessmentDue(accepted.plus(acute ? Duration.ofHours(3) : Duration.ofHours(20)))
                        .setPreliminaryAssessmentDue(accepted.plus(Duration.ofDays(14)))
                        .build())
                .setEarlierReports(EarlierReports.newBuilder()
                        .setCount(1)
                        .setReportIds(List.of("0f6f4a4e-57a1-4a8e-9a51-2f1f0d1c9c11"))
                        .setWindowDays(365)
                        .build())
                .setReport(report)
                .build();
    }
}
