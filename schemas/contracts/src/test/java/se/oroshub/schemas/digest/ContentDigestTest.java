package se.oroshub.schemas.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.fixtures.SyntheticReports;

class ContentDigestTest {

    private final SyntheticReports reports =
            new SyntheticReports(new Random(11), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void sameContentGivesTheSameDigest() {
        ConcernReport report = reports.schoolReport();
        ConcernReport copy = ConcernReport.newBuilder(report).build();
        assertThat(ContentDigest.sha256Hex(copy))
                .isEqualTo(ContentDigest.sha256Hex(report))
                .hasSize(64);
    }

    @Test
    void anyChangeOfContentChangesTheDigest() {
        ConcernReport report = reports.schoolReport();
        ConcernReport changed = ConcernReport.newBuilder(report).build();
        changed.getObservations()
                .get(0)
                .setDescription(report.getObservations().get(0).getDescription() + ".");
        assertThat(ContentDigest.sha256Hex(changed)).isNotEqualTo(ContentDigest.sha256Hex(report));
    }

    @Test
    void digestOfBytesIsStandardSha256() {
        assertThat(ContentDigest.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
