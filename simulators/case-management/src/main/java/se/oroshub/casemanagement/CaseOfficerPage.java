package se.oroshub.casemanagement;

import java.io.IOException;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The simulated case officer's page: received reports and forms that post status events to the connector. */
@Controller
class CaseOfficerPage {

    private final ReceivedReports reports;
    private final BehaviourSwitch behaviour;
    private final StatusEventSender sender;

    CaseOfficerPage(ReceivedReports reports, BehaviourSwitch behaviour, StatusEventSender sender) {
        this.reports = reports;
        this.behaviour = behaviour;
        this.sender = sender;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("reports", reports.all());
        model.addAttribute("behaviour", behaviour.current());
        return "index";
    }

    @PostMapping("/reports/{reportId}/protective-assessment")
    String protectiveAssessment(
            @PathVariable String reportId,
            @RequestParam(defaultValue = "false") boolean immediateProtectionNeeded,
            RedirectAttributes redirect) {
        return send(reportId, report -> sender.protectiveAssessmentMade(report, immediateProtectionNeeded), redirect);
    }

    @PostMapping("/reports/{reportId}/decision")
    String decision(
            @PathVariable String reportId,
            @RequestParam String decision,
            @RequestParam(defaultValue = "false") boolean withholdFeedback,
            RedirectAttributes redirect) {
        return send(
                reportId,
                report -> sender.investigationDecisionMade(report, decision, LocalDate.now(), withholdFeedback),
                redirect);
    }

    /** One event about a received report, as {@link StatusEventSender} sends it. */
    private interface Event {
        StatusEventSender.Outcome sendFor(ReceivedReport report) throws IOException, InterruptedException;
    }

    private String send(String reportId, Event event, RedirectAttributes redirect) {
        var report = reports.find(reportId);
        if (report.isEmpty()) {
            redirect.addFlashAttribute("message", "Okänd anmälan.");
            return "redirect:/";
        }
        try {
            StatusEventSender.Outcome outcome = event.sendFor(report.get());
            redirect.addFlashAttribute(
                    "message",
                    outcome.accepted()
                            ? "Händelsen skickades till kopplingen."
                            : "Kopplingen svarade " + outcome.status() + ": " + outcome.body());
        } catch (IOException e) {
            redirect.addFlashAttribute("message", "Kopplingen kunde inte nås: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            redirect.addFlashAttribute("message", "Avbrutet.");
        }
        return "redirect:/";
    }
}
