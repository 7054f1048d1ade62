package se.oroshub.schemas.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.fixtures.TestReport;

class ReceiptsTest {

    @Test
    void resubmissionYieldsTheIdenticalReceipt() throws IOException {
        ConcernReport report = report().build();
        ConcernReport resubmitted =
                ConcernReport.getDecoder().decode(ConcernReport.getEncoder().encode(report));
        assertThat(Receipts.of(resubmitted)).isEqualTo(Receipts.of(report));
    }

    @Test
    void receiptDigestIsTheSha256OfExactlyTheBytesAccepted() throws Exception {
        ConcernReport report = report().build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
        new SpecificDatumWriter<>(ConcernReport.class).write(report, encoder);
        encoder.flush();
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));

        Receipt receipt = Receipts.of(report);
        assertThat(receipt.getContentDigest()).isEqualTo(expected);
        assertThat(receipt.getDigestAlgorithm()).isEqualTo("SHA-256");
    }

    @Test
    void anyChangeToTheReportChangesTheDigest() {
        String original = Receipts.of(report().build()).getContentDigest();
        assertThat(Receipts.of(report().description("Something else was observed.")
                                .build())
                        .getContentDigest())
                .isNotEqualTo(original);
    }

    @Test
    void receiptCarriesIdsTimeAndDigestOnly() {
        ConcernReport report = report().build();
        Receipt receipt = Receipts.of(report);
        assertThat(receipt.getReportId()).isEqualTo(report.getReportId());
        assertThat(receipt.getConnectorId()).isEqualTo("school");
        assertThat(receipt.getAcceptedAt()).isEqualTo(report.getSubmittedAt());
        assertThat(receipt.getReportingOrganisation()).isEqualTo(TestReport.SCHOOL);
        assertThat(receipt.toString())
                .doesNotContain(report.getChild().getPersonalIdentityNumber())
                .doesNotContain("Alva")
                .doesNotContain("hungrig");
    }

    @Test
    void privateAndAnonymousReportersReceiptsNameNoOrganisation() {
        assertThat(Receipts.of(report().reporter(ReporterKind.PRIVATE_PERSON).build())
                        .getReportingOrganisation())
                .isNull();
        assertThat(Receipts.of(report().reporter(ReporterKind.ANONYMOUS).build())
                        .getReportingOrganisation())
                .isNull();
    }

    @Test
    void connectorTheRecordCameThroughIsNamed() {
        assertThat(Receipts.of(report().build(), "healthcare").getConnectorId()).isEqualTo("healthcare");
    }
}
