package se.oroshub.connector.socialservices.inbox;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.oroshub.connector.socialservices.events.EventPublishingException;
import se.oroshub.connector.socialservices.events.StatusEventRecorder;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.NotFoundException;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.time.SwedishTime;

/**
 * The inbox pages for case officers of municipalities without an integrated case-management system: the list of
 * reports (acute first, with deadline countdowns), one report with its content, and the forms that record receipt,
 * the protective assessment and the decision on investigation. Each form publishes a status event exactly as the
 * HTTP API does. A report gets one protective assessment and one decision: once recorded, the page shows them instead
 * of their form, a second one is refused without publishing anything, and the event ids are fixed per report so even
 * a second event that got through would be applied once by the hub. Forms for one report are handled one at a time.
 * An officer sees only the inbox of the municipality they sign in for.
 */
@Controller
public class InboxController {

    private static final int LOCK_STRIPES = 64;
    static final String NOT_CAUGHT_UP = "Inkorgen läses fortfarande in. Försök igen om en stund.";
    static final String PROTECTIVE_ASSESSMENT_RECORDED = "Skyddsbedömningen är registrerad.";
    static final String PROTECTIVE_ASSESSMENT_ALREADY_RECORDED =
            "Skyddsbedömningen var redan registrerad. Inget nytt har sparats.";
    static final String OTHER_PROTECTIVE_ASSESSMENT_RECORDED = "En skyddsbedömning är redan registrerad för den här"
            + " anmälan och kan inte registreras en gång till. Din nya bedömning har inte sparats.";
    static final String DECISION_RECORDED = "Beslutet är registrerat.";
    static final String DECISION_ALREADY_RECORDED = "Beslutet var redan registrerat. Inget nytt har sparats.";
    static final String OTHER_DECISION_RECORDED = "Ett beslut om utredning är redan registrerat för den här anmälan"
            + " och kan inte ändras här. Ditt nya beslut har inte sparats.";

    /** The signed-in officer is not of an inbox municipality of this connector. */
    @ResponseStatus(HttpStatus.FORBIDDEN)
    static final class NotAnInboxMunicipality extends RuntimeException {
        NotAnInboxMunicipality() {
            super("not an inbox municipality");
        }
    }

    private final InboxStore store;
    private final InboxProjection projection;
    private final StatusEventRecorder recorder;
    private final CurrentOrganisation currentOrganisation;
    private final Clock clock;
    private final Countdowns countdowns;
    private final Object[] reportLocks = new Object[LOCK_STRIPES];

    public InboxController(
            InboxStore store,
            InboxProjection projection,
            StatusEventRecorder recorder,
            CurrentOrganisation currentOrganisation,
            Clock clock) {
        this.store = store;
        this.projection = projection;
        this.recorder = recorder;
        this.currentOrganisation = currentOrganisation;
        this.clock = clock;
        this.countdowns = new Countdowns(clock);
        for (int i = 0; i < reportLocks.length; i++) {
            reportLocks[i] = new Object();
        }
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/")
    public String root() {
        return "redirect:/inbox";
    }

    @GetMapping("/inbox")
    public String inbox(Model model) {
        OrganisationUser officer = currentOrganisation.require();
        String municipality = municipality(officer);
        model.addAttribute("officer", officer);
        model.addAttribute("reports", store.list(municipality));
        model.addAttribute("caughtUp", projection.caughtUp());
        model.addAttribute("countdowns", countdowns);
        return "inbox";
    }

    @GetMapping("/inbox/{reportId}")
    public String report(@PathVariable String reportId, Model model) {
        OrganisationUser officer = currentOrganisation.require();
        model.addAttribute("officer", officer);
        model.addAttribute("item", item(municipality(officer), reportId));
        model.addAttribute("countdowns", countdowns);
        return "report";
    }

    @PostMapping("/inbox/{reportId}/received")
    public String received(@PathVariable String reportId, RedirectAttributes redirect) {
        String municipality = municipality(currentOrganisation.require());
        InboxItem item = item(municipality, reportId);
        record(
                StatusEvents.received(item.reportId(), municipality, null, clock.instant()),
                "Anmälan är markerad som mottagen.",
                redirect);
        return "redirect:/inbox/" + item.reportId();
    }

    @PostMapping("/inbox/{reportId}/protective-assessment")
    public String protectiveAssessment(
            @PathVariable String reportId,
            @RequestParam(defaultValue = "false") boolean immediateProtectionNeeded,
            RedirectAttributes redirect) {
        String municipality = municipality(currentOrganisation.require());
        synchronized (lockFor(reportId)) {
            InboxItem item = item(municipality, reportId);
            if (!projection.caughtUp()) {
                redirect.addFlashAttribute("error", NOT_CAUGHT_UP);
            } else if (item.protectiveAssessmentMade()) {
                if (Boolean.valueOf(immediateProtectionNeeded).equals(item.immediateProtectionNeeded())) {
                    redirect.addFlashAttribute("message", PROTECTIVE_ASSESSMENT_ALREADY_RECORDED);
                } else {
                    redirect.addFlashAttribute("error", OTHER_PROTECTIVE_ASSESSMENT_RECORDED);
                }
            } else {
                record(
                        StatusEvents.protectiveAssessment(
                                item.reportId(), municipality, immediateProtectionNeeded, clock.instant()),
                        PROTECTIVE_ASSESSMENT_RECORDED,
                        redirect);
            }
            return "redirect:/inbox/" + item.reportId();
        }
    }

    @PostMapping("/inbox/{reportId}/decision")
    public String decision(
            @PathVariable String reportId,
            @RequestParam(required = false) String decision,
            @RequestParam(defaultValue = "false") boolean withholdFeedback,
            RedirectAttributes redirect) {
        String municipality = municipality(currentOrganisation.require());
        synchronized (lockFor(reportId)) {
            InboxItem item = item(municipality, reportId);
            InvestigationDecision chosen = parse(decision);
            if (!projection.caughtUp()) {
                redirect.addFlashAttribute("error", NOT_CAUGHT_UP);
            } else if (item.decided()) {
                if (item.decision() == chosen && item.withholdFeedback() == withholdFeedback) {
                    redirect.addFlashAttribute("message", DECISION_ALREADY_RECORDED);
                } else {
                    redirect.addFlashAttribute("error", OTHER_DECISION_RECORDED);
                }
            } else if (chosen == null) {
                redirect.addFlashAttribute("error", "Välj ett beslut.");
            } else {
                record(
                        StatusEvents.decision(
                                item.reportId(),
                                municipality,
                                chosen,
                                LocalDate.now(clock.withZone(SwedishTime.ZONE)),
                                withholdFeedback,
                                clock.instant()),
                        DECISION_RECORDED,
                        redirect);
            }
            return "redirect:/inbox/" + item.reportId();
        }
    }

    @ExceptionHandler(NotAnInboxMunicipality.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String forbidden(Model model) {
        model.addAttribute("heading", "Ingen inkorg");
        model.addAttribute("text", "Du är inte inloggad för en kommun vars anmälningar tas emot i den här inkorgen.");
        return "problem";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(Model model) {
        model.addAttribute("heading", "Anmälan finns inte");
        model.addAttribute("text", "Det finns ingen sådan anmälan i din kommuns inkorg.");
        return "problem";
    }

    private void record(CaseStatusEvent event, String done, RedirectAttributes redirect) {
        try {
            recorder.record(event);
            redirect.addFlashAttribute("message", done);
        } catch (EventPublishingException e) {
            redirect.addFlashAttribute("error", "Det gick inte att spara just nu. Försök igen om en stund.");
        }
    }

    private Object lockFor(String reportId) {
        return reportLocks[Math.floorMod(reportId.hashCode(), reportLocks.length)];
    }

    private InboxItem item(String municipality, String reportId) {
        return store.find(municipality, reportId).orElseThrow(() -> new NotFoundException("no such report"));
    }

    private String municipality(OrganisationUser officer) {
        if (officer.organisation().getScheme() != OrganisationIdScheme.MUNICIPALITY_CODE
                || !store.serves(officer.organisation().getValue())) {
            throw new NotAnInboxMunicipality();
        }
        return officer.organisation().getValue();
    }

    private static InvestigationDecision parse(String decision) {
        if (decision == null) {
            return null;
        }
        try {
            return InvestigationDecision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
