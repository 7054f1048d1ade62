package se.oroshub.access.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.reference.MunicipalityCodes;

/**
 * The principals of one hub installation: who is who. What each kind of principal may do is not said here but
 * derived by {@link AccessPlan}, so adding a municipality to a social-services deployment is one line of the file.
 *
 * <p>A principal is named by the common name (CN) of its client certificate. Every name starts with
 * {@link #PRINCIPAL_PREFIX}: the access control lists of every principal with that prefix are managed by the file, so
 * removing a principal from the file revokes its access. Names are lower-case DNS labels of at most 64 characters,
 * because a Strimzi {@code KafkaUser} is named by its principal and a CN holds at most 64 characters.
 *
 * @param hub             the hub (Kafka Streams)
 * @param registry        the schema registry, the only writer of its store topic
 * @param operator        the operators' tools: clearing decisions, audit verification, reading dead letters
 * @param connectors      the reporting connector deployments (school, healthcare, police, ...)
 * @param socialServices  the social-services deployments, each serving some municipalities
 */
public record AccessModel(
        Hub hub,
        String registry,
        String operator,
        List<ReportingConnector> connectors,
        List<SocialServices> socialServices) {

    /** Every principal the file manages starts with this. */
    public static final String PRINCIPAL_PREFIX = "oroshub-";

    /**
     * The broker's own principal (its listeners' certificate), a super user configured in the broker, never in the
     * file.
     */
    public static final String BROKER = "oroshub-broker";

    private static final Pattern PRINCIPAL = Pattern.compile("oroshub-[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final int MAX_PRINCIPAL_LENGTH = 64;
    private static final Pattern CONNECTOR_ID = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern APPLICATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");
    private static final Pattern AFTER_HOURS_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    /**
     * The hub.
     *
     * @param principal     its certificate's CN
     * @param applicationId its Kafka Streams application id: its consumer group, and the prefix of its internal topics
     *                      and transactional ids
     */
    public record Hub(String principal, String applicationId) {}

    /** An organisation a reporting connector may speak for, as in {@code oroshub.connector.organisations}. */
    public record Organisation(String scheme, String value) {
        @Override
        public String toString() {
            return scheme + ":" + value;
        }
    }

    /**
     * A reporting connector deployment.
     *
     * @param connectorId   its {@code oroshub.connector.id}: the owner of its intake and receipts topics
     * @param organisations the organisations it reports for: it reads their feedback topics
     */
    public record ReportingConnector(String principal, String connectorId, List<Organisation> organisations) {
        public ReportingConnector {
            organisations = List.copyOf(organisations);
        }
    }

    /**
     * A social-services deployment.
     *
     * @param connectorId    its {@code oroshub.connector.id}, which names its delivery consumer groups
     * @param municipalities the four-digit codes of the municipalities it serves
     * @param afterHours     the ids of the after-hours services (social jour) it serves, maybe none
     */
    public record SocialServices(
            String principal, String connectorId, List<String> municipalities, List<String> afterHours) {
        public SocialServices {
            municipalities = List.copyOf(municipalities);
            afterHours = List.copyOf(afterHours);
        }
    }

    public AccessModel {
        Objects.requireNonNull(hub, "hub");
        connectors = List.copyOf(connectors);
        socialServices = List.copyOf(socialServices);
        List<String> problems = problems(hub, registry, operator, connectors, socialServices);
        if (!problems.isEmpty()) {
            throw new InvalidAccessModelException(problems);
        }
    }

    /** Every principal of the file, in the file's order. */
    public List<String> principals() {
        return Stream.of(
                        Stream.of(hub.principal(), registry, operator),
                        connectors.stream().map(ReportingConnector::principal),
                        socialServices.stream().map(SocialServices::principal))
                .flatMap(s -> s)
                .toList();
    }

    private static List<String> problems(
            Hub hub,
            String registry,
            String operator,
            List<ReportingConnector> connectors,
            List<SocialServices> socialServices) {
        List<String> problems = new ArrayList<>();
        Set<String> principals = new HashSet<>();
        principal("the hub", hub.principal(), principals, problems);
        principal("the registry", registry, principals, problems);
        principal("the operator", operator, principals, problems);
        if (hub.applicationId() == null
                || !APPLICATION_ID.matcher(hub.applicationId()).matches()) {
            problems.add("the hub's application id '" + hub.applicationId()
                    + "' is not a Kafka Streams application id (letters, digits, '.', '_', '-')");
        }

        Map<String, String> connectorIds = new HashMap<>();
        Map<String, String> organisations = new HashMap<>();
        for (ReportingConnector connector : connectors) {
            String who = "connector '" + connector.principal() + "'";
            principal(who, connector.principal(), principals, problems);
            String id = connector.connectorId();
            if (id == null || !CONNECTOR_ID.matcher(id).matches()) {
                problems.add(who + ": connector id '" + id
                        + "' must be lower-case letters, digits and '-', as in oroshub.connector.id");
            } else {
                String earlier = connectorIds.putIfAbsent(id, connector.principal());
                if (earlier != null) {
                    problems.add(who + ": connector id '" + id + "' is already the id of '" + earlier
                            + "': both would write the same intake topic and read the same receipts");
                }
            }
            if (connector.organisations().isEmpty()) {
                problems.add(who + " reports for no organisation");
            }
            for (Organisation organisation : connector.organisations()) {
                if (!organisation(organisation)) {
                    problems.add(who + ": organisation '" + organisation + "' needs a scheme of "
                            + List.of(OrganisationIdScheme.values()) + " and a value");
                    continue;
                }
                String earlier = organisations.putIfAbsent(organisation.toString(), connector.principal());
                if (earlier != null && !earlier.equals(connector.principal())) {
                    problems.add(who + ": organisation '" + organisation + "' is already reported for by '" + earlier
                            + "': only one connector may read an organisation's feedback");
                }
            }
        }

        MunicipalityCodes directory = MunicipalityCodes.official();
        Map<String, String> municipalities = new HashMap<>();
        Map<String, String> afterHours = new HashMap<>();
        for (SocialServices deployment : socialServices) {
            String who = "social services '" + deployment.principal() + "'";
            principal(who, deployment.principal(), principals, problems);
            if (deployment.connectorId() == null
                    || !CONNECTOR_ID.matcher(deployment.connectorId()).matches()) {
                problems.add(who + ": connector id '" + deployment.connectorId()
                        + "' must be lower-case letters, digits and '-', as in oroshub.connector.id");
            }
            if (deployment.municipalities().isEmpty()) {
                problems.add(who + " serves no municipality");
            }
            for (String code : deployment.municipalities()) {
                if (code == null || !MUNICIPALITY_CODE.matcher(code).matches()) {
                    problems.add(who + ": municipality code '" + code + "' is not four digits (quote it in YAML:"
                            + " \"0180\")");
                } else if (!directory.isKnown(code)) {
                    problems.add(who + ": municipality code '" + code + "' is not a Swedish municipality");
                } else {
                    String earlier = municipalities.putIfAbsent(code, deployment.principal());
                    if (earlier != null) {
                        problems.add(who + ": municipality " + code + " is already served by '" + earlier
                                + "': only one deployment may read a municipality's reports");
                    }
                }
            }
            for (String id : deployment.afterHours()) {
                if (id == null || !AFTER_HOURS_ID.matcher(id).matches()) {
                    problems.add(who + ": after-hours id '" + id + "' must be letters, digits and '-'");
                } else {
                    String earlier = afterHours.putIfAbsent(id, deployment.principal());
                    if (earlier != null) {
                        problems.add(who + ": after-hours service '" + id + "' is already served by '" + earlier + "'");
                    }
                }
            }
        }
        return problems;
    }

    private static void principal(String who, String name, Set<String> seen, List<String> problems) {
        if (name == null || !PRINCIPAL.matcher(name).matches() || name.length() > MAX_PRINCIPAL_LENGTH) {
            problems.add(who + ": principal '" + name + "' must start with '" + PRINCIPAL_PREFIX
                    + "', be lower-case letters, digits and '-', and be at most " + MAX_PRINCIPAL_LENGTH
                    + " characters (it is the CN of its certificate)");
        } else if (name.equals(BROKER)) {
            problems.add(who + ": principal '" + name + "' is the broker's own");
        } else if (!seen.add(name)) {
            problems.add(who + ": principal '" + name + "' appears twice; each deployment has its own certificate");
        }
    }

    private static boolean organisation(Organisation organisation) {
        if (organisation == null
                || organisation.scheme() == null
                || organisation.value() == null
                || organisation.value().isBlank()) {
            return false;
        }
        try {
            OrganisationIdScheme.valueOf(organisation.scheme());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
