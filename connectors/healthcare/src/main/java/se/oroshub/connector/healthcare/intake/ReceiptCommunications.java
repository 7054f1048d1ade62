package se.oroshub.connector.healthcare.intake;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import se.oroshub.connector.healthcare.fhir.FhirSystems;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;

/**
 * The receipt of an accepted report as the created {@code Communication}: the report id as its id and identifier, the
 * time of acceptance as {@code received}, and the SHA-256 digest of exactly what the hub accepted as an extension
 * ({@value FhirSystems#CONTENT_DIGEST_EXTENSION}). It deliberately repeats none of the report's content.
 */
public final class ReceiptCommunications {

    private ReceiptCommunications() {}

    /** The receipt as a Communication. */
    public static Communication communicationOf(Receipt receipt) {
        Communication communication = new Communication();
        communication.setId(receipt.getReportId());
        communication.addIdentifier(
                new Identifier().setSystem(FhirSystems.REPORT_ID).setValue(receipt.getReportId()));
        communication.setStatus(CommunicationStatus.COMPLETED);
        communication.addCategory(new CodeableConcept()
                .addCoding(new Coding(FhirSystems.COMMUNICATION_CATEGORY, FhirSystems.CONCERN_REPORT, "Orosanmälan")));
        communication.setReceived(Date.from(receipt.getAcceptedAt()));
        if (receipt.getReportingOrganisation() != null) {
            Identifier sender =
                    new Identifier().setValue(receipt.getReportingOrganisation().getValue());
            if (receipt.getReportingOrganisation().getScheme() == OrganisationIdScheme.HSA_ID) {
                sender.setSystem(FhirSystems.HSA_ID);
            }
            communication.setSender(new Reference().setType("Organization").setIdentifier(sender));
        }
        communication.addExtension(FhirSystems.CONTENT_DIGEST_EXTENSION, new StringType(receipt.getContentDigest()));
        return communication;
    }
}
