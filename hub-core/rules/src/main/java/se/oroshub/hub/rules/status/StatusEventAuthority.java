package se.oroshub.hub.rules.status;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.TransferredToMunicipality;
import se.oroshub.schemas.reference.MunicipalityCodes;

/**
 * Decides whether a status event may be trusted. Only the social services responsible for a report may speak about
 * it: report content and its case belong to that municipality alone
 * ({@link se.oroshub.schemas.law.Statute#SOCIAL_SERVICES_SECRECY}).
 *
 * <p>The rule table, checked in this order:
 * <pre>
 * eventId, reportId or municipalityCode blank             -> INVALID_STATUS_EVENT (field)
 * payload absent or of no known kind                      -> INVALID_STATUS_EVENT payload
 * a required date of the payload absent                   -> INVALID_STATUS_EVENT payload.&lt;field&gt;
 * transfer to an unknown municipality code                -> INVALID_STATUS_EVENT payload.toMunicipalityCode
 * transfer to the issuing municipality itself             -> INVALID_STATUS_EVENT payload.toMunicipalityCode
 * the event names another municipality than its sender    -> SENDER_NOT_PERMITTED municipalityCode
 * report not known to the hub                             -> UNKNOWN_REPORT reportId
 * issuer is not the municipality the report is routed to  -> WRONG_MUNICIPALITY municipalityCode
 *   (after a transfer: the receiving municipality)
 * otherwise                                               -> Accepted (a transfer names the new municipality)
 * </pre>
 *
 * <p>The sender is the municipality whose status-event topic the event was read from: the broker lets only that
 * municipality's principal write it, so it is known, while the event's own {@code municipalityCode} is only what the
 * writer filled in. An event naming another municipality than its sender is someone speaking for another municipality.
 */
public final class StatusEventAuthority {

    private final MunicipalityCodes municipalities;

    /** @param municipalities the directory of official municipality codes */
    public StatusEventAuthority(MunicipalityCodes municipalities) {
        this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
    }

    /**
     * Judges one event.
     *
     * @param sender the municipality code of the status-event topic the event was read from
     * @param event the event as received
     * @param responsibleMunicipality the municipality the report is currently routed to; empty if the hub does not
     *     know the report
     */
    public StatusVerdict authorise(String sender, CaseStatusEvent event, Optional<String> responsibleMunicipality) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(responsibleMunicipality, "responsibleMunicipality");
        if (blank(event.getEventId())) {
            return invalid("eventId", "eventId is missing");
        }
        if (blank(event.getReportId())) {
            return invalid("reportId", "reportId is missing");
        }
        if (blank(event.getMunicipalityCode())) {
            return invalid("municipalityCode", "municipalityCode is missing");
        }
        Optional<StatusEventKind> kind = StatusEventKind.of(event);
        if (kind.isEmpty()) {
            return invalid("payload", "payload is missing or of no known event type");
        }
        Optional<StatusVerdict.Rejected> structural = checkPayload(event);
        if (structural.isPresent()) {
            return structural.get();
        }
        if (!sender.equals(event.getMunicipalityCode())) {
            return new StatusVerdict.Rejected(
                    RejectionReason.SENDER_NOT_PERMITTED,
                    "municipalityCode",
                    "the event names municipality " + event.getMunicipalityCode()
                            + " but was sent on the status-event topic of municipality " + sender
                            + ", which may speak only for itself");
        }
        if (responsibleMunicipality.isEmpty()) {
            return new StatusVerdict.Rejected(
                    RejectionReason.UNKNOWN_REPORT,
                    "reportId",
                    "report " + event.getReportId() + " is not known to the hub");
        }
        String responsible = responsibleMunicipality.get();
        if (!responsible.equals(event.getMunicipalityCode())) {
            return new StatusVerdict.Rejected(
                    RejectionReason.WRONG_MUNICIPALITY,
                    "municipalityCode",
                    "report " + event.getReportId() + " is not routed to municipality " + event.getMunicipalityCode());
        }
        if (event.getPayload() instanceof TransferredToMunicipality transfer) {
            return new StatusVerdict.Accepted(kind.get(), transfer.getToMunicipalityCode(), true);
        }
        return new StatusVerdict.Accepted(kind.get(), responsible, false);
    }

    private Optional<StatusVerdict.Rejected> checkPayload(CaseStatusEvent event) {
        Object payload = event.getPayload();
        if (payload instanceof InvestigationDecisionMade decision) {
            if (decision.getDecision() == null) {
                return Optional.of(invalid("payload.decision", "the decision is missing"));
            }
            return missingDate(decision.getDecisionDate(), "payload.decisionDate");
        }
        if (payload instanceof InvestigationClosed closed) {
            return missingDate(closed.getClosedOn(), "payload.closedOn");
        }
        if (payload instanceof CaseOfficerChanged changed) {
            return missingDate(changed.getTookOverOn(), "payload.tookOverOn");
        }
        if (payload instanceof TransferredToMunicipality transfer) {
            String to = transfer.getToMunicipalityCode();
            if (blank(to) || !municipalities.isKnown(to)) {
                return Optional.of(
                        invalid("payload.toMunicipalityCode", "transfer to a code that is not a known municipality"));
            }
            if (to.equals(event.getMunicipalityCode())) {
                return Optional.of(
                        invalid("payload.toMunicipalityCode", "transfer from municipality " + to + " to itself"));
            }
            return missingDate(transfer.getTransferredOn(), "payload.transferredOn");
        }
        return Optional.empty();
    }

    private static Optional<StatusVerdict.Rejected> missingDate(LocalDate date, String field) {
        return date == null ? Optional.of(invalid(field, field + " is missing")) : Optional.empty();
    }

    private static StatusVerdict.Rejected invalid(String field, String detail) {
        return new StatusVerdict.Rejected(RejectionReason.INVALID_STATUS_EVENT, field, detail);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
