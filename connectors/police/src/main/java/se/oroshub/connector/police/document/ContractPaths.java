package se.oroshub.connector.police.document;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates a field path of the hub's contract (as the shared validator names it, e.g.
 * {@code observations[0].description}) to the element path of the police document
 * ({@code /concernReport/observations/observation[1]/description}), so a sender sees every problem in terms of the
 * document it sent.
 */
public final class ContractPaths {

    private static final Pattern INDEXED = Pattern.compile("^(observations|attachments)\\[(\\d+)](.*)$");

    private static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("reporter.organisation.id", "/concernReport/sender/policeUnit"),
            Map.entry("reporter.organisation.name", "/concernReport/sender/unitName"),
            Map.entry("reporter.organisation.functionAddress", "/concernReport/sender/functionAddress"),
            Map.entry("reporter.organisation", "/concernReport/sender"),
            Map.entry("reporter.name", "/concernReport/reportingOfficer/name"),
            Map.entry("reporter.role", "/concernReport/reportingOfficer/role"),
            Map.entry("reporter", "/concernReport/reportingOfficer"),
            Map.entry("reportId", "/concernReport/documentId"),
            Map.entry("child", "/concernReport/child"),
            Map.entry("observations", "/concernReport/observations"),
            Map.entry("urgency", "/concernReport/urgency"),
            Map.entry("attachments", "/concernReport/attachments"));

    private ContractPaths() {}

    /** The document's element path for a contract field; the root element for fields the document does not carry. */
    public static String toElementPath(String contractField) {
        if (contractField == null || contractField.isEmpty()) {
            return "/concernReport";
        }
        Matcher indexed = INDEXED.matcher(contractField);
        if (indexed.matches()) {
            String list = indexed.group(1);
            String item = list.substring(0, list.length() - 1);
            int position = Integer.parseInt(indexed.group(2)) + 1;
            return "/concernReport/" + list + "/" + item + "[" + position + "]"
                    + indexed.group(3).replace('.', '/');
        }
        for (Map.Entry<String, String> prefix : PREFIXES) {
            String contract = prefix.getKey();
            if (contractField.equals(contract) || contractField.startsWith(contract + ".")) {
                return prefix.getValue()
                        + contractField.substring(contract.length()).replace('.', '/');
            }
        }
        return "/concernReport";
    }
}
