/**
 * The school's report as it arrives ({@link se.oroshub.connector.school.report.SchoolReport}) and its mapping to the
 * contract's {@code ConcernReport} ({@link se.oroshub.connector.school.report.SchoolReportMapper}), shared by the
 * JSON API and the staff pages. No Spring and no Kafka here. Tested in {@code SchoolReportMapperTest}.
 */
package se.oroshub.connector.school.report;
