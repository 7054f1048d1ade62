package se.oroshub.access.yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import se.oroshub.access.model.AccessModel;
import se.oroshub.access.model.AccessModel.Organisation;
import se.oroshub.access.model.AccessModel.ReportingConnector;
import se.oroshub.access.model.AccessModel.SocialServices;

/** The access file's YAML format (documented at the top of {@code deploy/security/access.yaml}). */
public final class AccessFile {

    private AccessFile() {}

    /** Reads and validates the file. */
    public static AccessModel read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /**
     * Reads and validates YAML text.
     *
     * @throws IllegalArgumentException naming the entry that is wrong, or (as the model's
     *     {@link se.oroshub.access.model.InvalidAccessModelException}) every rule the content breaks
     */
    public static AccessModel read(Reader yaml, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(source + " is not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> top = map(root, source);
        keys(top, source, Set.of("hub", "registry", "operator", "reporting-connectors", "social-services"));
        Map<String, Object> hub = map(required(top, "hub", source), source + ": hub");
        keys(hub, source + ": hub", Set.of("principal", "application-id"));
        Map<String, Object> registry = map(required(top, "registry", source), source + ": registry");
        keys(registry, source + ": registry", Set.of("principal"));
        Map<String, Object> operator = map(required(top, "operator", source), source + ": operator");
        keys(operator, source + ": operator", Set.of("principal"));

        List<ReportingConnector> connectors = new ArrayList<>();
        List<Object> connectorEntries = list(top.get("reporting-connectors"), source + ": reporting-connectors");
        for (int i = 0; i < connectorEntries.size(); i++) {
            String where = source + ": reporting-connectors[" + i + "]";
            Map<String, Object> entry = map(connectorEntries.get(i), where);
            keys(entry, where, Set.of("principal", "connector", "organisations"));
            List<Organisation> organisations = new ArrayList<>();
            List<Object> organisationEntries = list(entry.get("organisations"), where + ".organisations");
            for (int j = 0; j < organisationEntries.size(); j++) {
                String at = where + ".organisations[" + j + "]";
                Map<String, Object> organisation = map(organisationEntries.get(j), at);
                keys(organisation, at, Set.of("scheme", "value"));
                organisations.add(
                        new Organisation(string(organisation, "scheme", at), string(organisation, "value", at)));
            }
            connectors.add(new ReportingConnector(
                    string(entry, "principal", where), string(entry, "connector", where), organisations));
        }

        List<SocialServices> socialServices = new ArrayList<>();
        List<Object> deploymentEntries = list(top.get("social-services"), source + ": social-services");
        for (int i = 0; i < deploymentEntries.size(); i++) {
            String where = source + ": social-services[" + i + "]";
            Map<String, Object> entry = map(deploymentEntries.get(i), where);
            keys(entry, where, Set.of("principal", "connector", "municipalities", "after-hours"));
            socialServices.add(new SocialServices(
                    string(entry, "principal", where),
                    string(entry, "connector", where),
                    strings(entry.get("municipalities"), where + ".municipalities"),
                    strings(entry.get("after-hours"), where + ".after-hours")));
        }
        return new AccessModel(
                new AccessModel.Hub(string(hub, "principal", source + ": hub"), string(hub, "application-id", source)),
                string(registry, "principal", source + ": registry"),
                string(operator, "principal", source + ": operator"),
                connectors,
                socialServices);
    }

    private static Object required(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + ": expected a mapping");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?>)) {
            throw new IllegalArgumentException(where + ": expected a list");
        }
        return (List<Object>) value;
    }

    private static List<String> strings(Object value, String where) {
        List<String> out = new ArrayList<>();
        for (Object item : list(value, where)) {
            if (!(item instanceof String text)) {
                throw new IllegalArgumentException(where + ": '" + item + "' must be a quoted string"
                        + (item instanceof Integer ? " (an unquoted 0180 is read as a number)" : ""));
            }
            out.add(text);
        }
        return out;
    }

    private static String string(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing");
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a string, was '" + value + "'");
        }
        return text;
    }

    private static void keys(Map<String, Object> map, String where, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "' (known: "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }
}
