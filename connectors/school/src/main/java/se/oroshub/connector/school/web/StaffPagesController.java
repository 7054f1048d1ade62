package se.oroshub.connector.school.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.school.report.SchoolReportMapper;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.time.SwedishTime;

/**
 * The pages for school staff: file a report, see its receipt, and "Mina anmälningar" with each report's receipt and,
 * when permitted, the decision. Every page shows the signed-in user's school only.
 */
@Controller
public class StaffPagesController {

    static final String NOT_ACCEPTED =
            "Anmälan har INTE tagits emot: mottagningen svarade inte i tid. Dina uppgifter finns kvar, försök igen om en stund.";

    private final IntakePublisher intake;
    private final FeedbackInbox inbox;
    private final CurrentOrganisation currentOrganisation;
    private final SchoolReportMapper mapper;
    private final Clock clock;
    private final Map<String, String> municipalities;
    private final Map<ConcernCategory, String> categories;

    public StaffPagesController(
            IntakePublisher intake,
            FeedbackInbox inbox,
            CurrentOrganisation currentOrganisation,
            SchoolReportMapper mapper,
            Clock clock) {
        this.intake = intake;
        this.inbox = inbox;
        this.currentOrganisation = currentOrganisation;
        this.mapper = mapper;
        this.clock = clock;
        this.municipalities = MunicipalityCodes.official().all().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .collect(Collectors.toMap(
                        MunicipalityCodes.Municipality::code,
                        MunicipalityCodes.Municipality::name,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        this.categories = Arrays.stream(ConcernCategory.values())
                .collect(Collectors.toMap(c -> c, SwedishLabels::category, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @ModelAttribute("user")
    OrganisationUser user() {
        return currentOrganisation.current().orElse(null);
    }

    @GetMapping("/")
    String home() {
        return "redirect:/anmalan";
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("loginError", error != null);
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    @GetMapping("/anmalan")
    String form(Model model) {
        OrganisationUser user = currentOrganisation.require();
        ReportForm form = new ReportForm();
        form.setReporterName(user.displayName());
        form.setReporterRole(user.role());
        form.setObservedAt(LocalDateTime.now(clock.withZone(SwedishTime.ZONE))
                .truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        return showForm(model, form, FormErrors.none());
    }

    @PostMapping("/anmalan")
    String submit(@ModelAttribute("form") ReportForm form, Model model, RedirectAttributes redirect) {
        OrganisationUser user = currentOrganisation.require();
        Receipt receipt;
        try {
            receipt = intake.submit(mapper.toConcernReport(form.toSchoolReport(SwedishTime.ZONE), user));
        } catch (DateTimeException e) {
            return showForm(
                    model,
                    form,
                    new FormErrors(
                            Map.of(
                                    "observedAt",
                                    FormErrors.message(
                                            "observedAt", se.oroshub.connector.support.ErrorCode.INVALID_FIELD)),
                            List.of()));
        } catch (SubmissionRejectedException e) {
            return showForm(model, form, FormErrors.of(e.errors()));
        } catch (IntakeUnavailableException e) {
            model.addAttribute("retryAfterSeconds", e.retryAfter().toSeconds());
            return showForm(model, form, FormErrors.general(NOT_ACCEPTED));
        }
        redirect.addAttribute("reportId", receipt.getReportId());
        return "redirect:/anmalan/{reportId}/kvitto";
    }

    @GetMapping("/anmalan/{reportId}/kvitto")
    String receipt(@PathVariable String reportId, Model model) {
        return inbox.reportOf(currentOrganisation.requireId(), reportId)
                .map(view -> {
                    model.addAttribute("report", ReportRow.of(view));
                    return "receipt";
                })
                .orElseThrow(ReportNotFound::new);
    }

    @GetMapping("/mina-anmalningar")
    String myReports(Model model) {
        model.addAttribute(
                "reports",
                inbox.reportsOf(currentOrganisation.requireId()).stream()
                        .map(ReportRow::of)
                        .toList());
        model.addAttribute("complete", inbox.caughtUp());
        return "my-reports";
    }

    private String showForm(Model model, ReportForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("categories", categories);
        return "report-form";
    }

    /** No such report of the user's school: the same answer whether it exists elsewhere or not. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class ReportNotFound extends RuntimeException {}
}
