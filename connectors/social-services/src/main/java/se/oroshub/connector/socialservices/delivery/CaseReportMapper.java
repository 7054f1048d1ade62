package se.oroshub.connector.socialservices.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.oroshub.schemas.avro.AttachmentRef;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.RoutedReport;

/** Maps the contract's {@link RoutedReport} to the case-management JSON contract's {@link CaseReportDocument}. */
public final class CaseReportMapper {

    private CaseReportMapper() {}

    public static CaseReportDocument toDocument(RoutedReport routed) {
        ConcernReport report = routed.getReport();
        return new CaseReportDocument(
                routed.getReportId(),
                routed.getMunicipalityCode(),
                routed.getRoutingBasis().name(),
                iso(routed.getAcceptedAt()),
                iso(routed.getRoutedAt()),
                routed.getContentDigest(),
                routed.getTriage().getAcute(),
                routed.getTriage().getReasons().stream().map(Enum::name).toList(),
                routed.getTriage().getReceivedOutsideOfficeHours(),
                routed.getTriage().getAfterHoursDestination(),
                new CaseReportDocument.Deadlines(
                        iso(routed.getDeadlines().getProtectiveAssessmentDue()),
                        iso(routed.getDeadlines().getPreliminaryAssessmentDue())),
                new CaseReportDocument.EarlierReports(
                        routed.getEarlierReports().getCount(),
                        List.copyOf(routed.getEarlierReports().getReportIds()),
                        routed.getEarlierReports().getWindowDays()),
                reporter(report.getReporter()),
                new CaseReportDocument.Child(
                        report.getChild().getPersonalIdentityNumber(),
                        report.getChild().getGivenName(),
                        report.getChild().getFamilyName(),
                        iso(report.getChild().getDateOfBirth()),
                        report.getChild().getMunicipalityOfRegistration(),
                        report.getChild().getCurrentMunicipality(),
                        report.getChild().getWhereabouts()),
                report.getObservations().stream()
                        .map(CaseReportMapper::observation)
                        .toList(),
                new CaseReportDocument.Urgency(
                        report.getUrgency().getReporterMarkedAcute(),
                        report.getUrgency().getImmediateDanger()),
                report.getAttachments().stream()
                        .map(CaseReportMapper::attachment)
                        .toList());
    }

    private static CaseReportDocument.Reporter reporter(Reporter reporter) {
        var organisation = reporter.getOrganisation() == null
                ? null
                : new CaseReportDocument.Organisation(
                        reporter.getOrganisation().getId().getScheme().name(),
                        reporter.getOrganisation().getId().getValue(),
                        reporter.getOrganisation().getName(),
                        reporter.getOrganisation().getFunctionAddress());
        return new CaseReportDocument.Reporter(
                reporter.getKind().name(),
                organisation,
                reporter.getName(),
                reporter.getRole(),
                reporter.getPhone(),
                reporter.getEmail());
    }

    private static CaseReportDocument.Observation observation(Observation observation) {
        return new CaseReportDocument.Observation(
                observation.getCategory().name(), iso(observation.getObservedAt()), observation.getDescription());
    }

    private static CaseReportDocument.Attachment attachment(AttachmentRef attachment) {
        return new CaseReportDocument.Attachment(
                attachment.getUri(),
                attachment.getMediaType(),
                attachment.getSha256(),
                attachment.getSizeBytes(),
                attachment.getTitle());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
