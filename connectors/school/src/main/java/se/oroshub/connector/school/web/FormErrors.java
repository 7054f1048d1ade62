package se.oroshub.connector.school.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;

/**
 * The report form's errors in Swedish, each tied to the form field it concerns (by the field's id), so the page can
 * show it next to the field, link to it from the summary and point to it with {@code aria-describedby}.
 *
 * @param byField the first error of each form field, by field id, in the order of the form
 * @param general errors that concern no single field
 */
public record FormErrors(Map<String, String> byField, List<String> general) {

    /** Contract field paths (the validator's) and the form field that holds each. */
    private static final Map<String, String> FORM_FIELD = Map.ofEntries(
            Map.entry("child.personalIdentityNumber", "childPersonalIdentityNumber"),
            Map.entry("child.givenName", "childGivenName"),
            Map.entry("child.familyName", "childFamilyName"),
            Map.entry("child.municipalityOfRegistration", "childMunicipality"),
            Map.entry("child.whereabouts", "childWhereabouts"),
            Map.entry("observations", "description"),
            Map.entry("observations[0].description", "description"),
            Map.entry("observations[0].category", "category"),
            Map.entry("observations[0].observedAt", "observedAt"),
            Map.entry("reporter.name", "reporterName"),
            Map.entry("reporter.role", "reporterRole"),
            Map.entry("reporter.phone", "reporterPhone"),
            Map.entry("reporter.email", "reporterEmail"));

    /** The order of the fields on the page, so the summary lists errors in reading order. */
    private static final List<String> FORM_ORDER = List.of(
            "childPersonalIdentityNumber",
            "childGivenName",
            "childFamilyName",
            "childMunicipality",
            "childWhereabouts",
            "category",
            "observedAt",
            "description",
            "reporterName",
            "reporterRole",
            "reporterPhone",
            "reporterEmail");

    public static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    public static FormErrors general(String message) {
        return new FormErrors(Map.of(), List.of(message));
    }

    public static FormErrors of(List<FieldError> errors) {
        Map<String, String> unordered = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError error : errors) {
            String formField = FORM_FIELD.get(error.field());
            if (formField == null) {
                general.add(generalMessage(error));
            } else {
                unordered.putIfAbsent(formField, message(formField, error.code()));
            }
        }
        Map<String, String> byField = new LinkedHashMap<>();
        FORM_ORDER.stream().filter(unordered::containsKey).forEach(f -> byField.put(f, unordered.get(f)));
        return new FormErrors(byField, general);
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    static String message(String formField, ErrorCode code) {
        return switch (code) {
            case INVALID_PERSONAL_IDENTITY_NUMBER ->
                "Personnumret är inte giltigt. Skriv det som ÅÅÅÅMMDD-NNNN och kontrollera datum och kontrollsiffra.";
            case UNKNOWN_MUNICIPALITY -> "Välj barnets folkbokföringskommun i listan.";
            case NO_OBSERVATIONS -> "Beskriv vad du har sett eller hört.";
            case ANONYMOUS_MANDATORY_REPORTER ->
                "Ange ditt namn. Den som anmäler i sin yrkesroll kan inte vara anonym.";
            case MISSING_FIELD ->
                switch (formField) {
                    case "childPersonalIdentityNumber" ->
                        "Ange barnets personnummer, eller barnets namn om personnumret inte är känt.";
                    case "description" -> "Beskriv vad du har sett eller hört.";
                    case "category" -> "Välj vad oron gäller.";
                    case "reporterName" -> "Ange ditt namn.";
                    default -> "Fältet måste fyllas i.";
                };
            default ->
                switch (formField) {
                    case "description" -> "Beskrivningen är för lång eller har fel form.";
                    case "observedAt" -> "Ange datum och tid som ÅÅÅÅ-MM-DD TT:MM.";
                    default -> "Värdet har fel form.";
                };
        };
    }

    private static String generalMessage(FieldError error) {
        return switch (error.code()) {
            case MISSING_REPORTING_ORGANISATION, ACCESS_DENIED ->
                "Ditt konto är inte knutet till någon skolenhet. Kontakta din administratör.";
            default -> "Anmälan kunde inte tas emot (" + error.code().code() + "). Kontakta support.";
        };
    }
}
