package se.oroshub.connector.police.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;

class ReceiptRepresentationTest {

    private static final String RECEIPT_SCHEMA = ReceiptRepresentation.SCHEMA_RESOURCE;

    private final Receipt receipt = Receipt.newBuilder()
            .setReportId("d6775b58-cf63-5e6c-9876-f5a162db5479")
            .setConnectorId("police")
            .setReportingOrganisation(new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "5000-LPO-SODERMALM"))
            .setAcceptedAt(Instant.parse("2026-11-23T17:06:07.123Z"))
            .setContentDigest("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            .build();

    @Test
    void theXmlReceiptIsValidAgainstThePublishedReceiptSchema() throws Exception {
        validator()
                .validate(new StreamSource(
                        new StringReader(ReceiptRepresentation.of(receipt).toXml())));
    }

    @Test
    void theReceiptSchemaIsStrictEnoughToFail() throws Exception {
        String withoutDigest =
                ReceiptRepresentation.of(receipt).toXml().replaceAll("<digest[^>]*>[0-9a-f]+</digest>", "");

        assertThatThrownBy(() -> validator().validate(new StreamSource(new StringReader(withoutDigest))))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void theJsonReceiptNamesTheOrganisationBySchemeAndValue() {
        ReceiptRepresentation json = ReceiptRepresentation.of(receipt);

        assertThat(json.reportingOrganisation()).isEqualTo("POLICE_UNIT:5000-LPO-SODERMALM");
        assertThat(json.digestAlgorithm()).isEqualTo("SHA-256");
        assertThat(json.acceptedAt()).isEqualTo(Instant.parse("2026-11-23T17:06:07.123Z"));
    }

    private static Validator validator() throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newSchema(ReceiptRepresentationTest.class.getResource(RECEIPT_SCHEMA))
                .newValidator();
    }
}
