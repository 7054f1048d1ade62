package se.oroshub.connector.school.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import se.oroshub.connector.school.report.SchoolReport;
import se.oroshub.schemas.avro.ConcernCategory;

/** The fields of the report form, as the browser posts them. */
public class ReportForm {

    private String childPersonalIdentityNumber;
    private String childGivenName;
    private String childFamilyName;
    private String childMunicipality;
    private String childWhereabouts;
    private ConcernCategory category;
    private String observedAt;
    private String description;
    private boolean reporterMarkedAcute;
    private boolean immediateDanger;
    private String reporterName;
    private String reporterRole;
    private String reporterPhone;
    private String reporterEmail;

    /**
     * The school's report this form describes.
     *
     * @throws DateTimeException when {@link #getObservedAt()} is not a date and time
     */
    SchoolReport toSchoolReport(ZoneId zone) {
        return new SchoolReport(
                new SchoolReport.Reporter(reporterName, reporterRole, reporterPhone, reporterEmail),
                new SchoolReport.Child(
                        childPersonalIdentityNumber,
                        childGivenName,
                        childFamilyName,
                        childMunicipality,
                        childWhereabouts),
                List.of(new SchoolReport.Observation(
                        category,
                        observedAt == null || observedAt.isBlank()
                                ? null
                                : LocalDateTime.parse(observedAt).atZone(zone).toOffsetDateTime(),
                        description)),
                new SchoolReport.Urgency(reporterMarkedAcute, immediateDanger));
    }

    public String getChildPersonalIdentityNumber() {
        return childPersonalIdentityNumber;
    }

    public void setChildPersonalIdentityNumber(String childPersonalIdentityNumber) {
        this.childPersonalIdentityNumber = childPersonalIdentityNumber;
    }

    public String getChildGivenName() {
        return childGivenName;
    }

    public void setChildGivenName(String childGivenName) {
        this.childGivenName = childGivenName;
    }

    public String getChildFamilyName() {
        return childFamilyName;
    }

    public void setChildFamilyName(String childFamilyName) {
        this.childFamilyName = childFamilyName;
    }

    public String getChildMunicipality() {
        return childMunicipality;
    }

    public void setChildMunicipality(String childMunicipality) {
        this.childMunicipality = childMunicipality;
    }

    public String getChildWhereabouts() {
        return childWhereabouts;
    }

    public void setChildWhereabouts(String childWhereabouts) {
        this.childWhereabouts = childWhereabouts;
    }

    public ConcernCategory getCategory() {
        return category;
    }

    public void setCategory(ConcernCategory category) {
        this.category = category;
    }

    public String getObservedAt() {
        return observedAt;
    }

    public void setObservedAt(String observedAt) {
        this.observedAt = observedAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isReporterMarkedAcute() {
        return reporterMarkedAcute;
    }

    public void setReporterMarkedAcute(boolean reporterMarkedAcute) {
        this.reporterMarkedAcute = reporterMarkedAcute;
    }

    public boolean isImmediateDanger() {
        return immediateDanger;
    }

    public void setImmediateDanger(boolean immediateDanger) {
        this.immediateDanger = immediateDanger;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterRole() {
        return reporterRole;
    }

    public void setReporterRole(String reporterRole) {
        this.reporterRole = reporterRole;
    }

    public String getReporterPhone() {
        return reporterPhone;
    }

    public void setReporterPhone(String reporterPhone) {
        this.reporterPhone = reporterPhone;
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public void setReporterEmail(String reporterEmail) {
        this.reporterEmail = reporterEmail;
    }
}
