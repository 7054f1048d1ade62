package se.oroshub.access.model;

import static se.oroshub.access.model.Operation.CREATE;
import static se.oroshub.access.model.Operation.DELETE;
import static se.oroshub.access.model.Operation.DESCRIBE;
import static se.oroshub.access.model.Operation.DESCRIBE_CONFIGS;
import static se.oroshub.access.model.Operation.READ;
import static se.oroshub.access.model.Operation.WRITE;
import static se.oroshub.access.model.PatternType.LITERAL;
import static se.oroshub.access.model.PatternType.PREFIXED;
import static se.oroshub.access.model.ResourceType.GROUP;
import static se.oroshub.access.model.ResourceType.TOPIC;
import static se.oroshub.access.model.ResourceType.TRANSACTIONAL_ID;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.oroshub.access.model.AccessModel.Organisation;
import se.oroshub.access.model.AccessModel.ReportingConnector;
import se.oroshub.access.model.AccessModel.SocialServices;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * The grants of an {@link AccessModel}: the one place that says what each kind of principal may do, derived from
 * {@link Topics}. Whatever is not granted here the broker denies.
 *
 * <ul>
 *   <li><b>A reporting connector</b> writes only its own intake topic ({@code Topics.CONNECTOR_INTAKE}), reads only its
 *       own receipts ({@code CONNECTOR_RECEIPTS}) and the feedback topics of the organisations it reports for. It
 *       reads them from the beginning without a consumer group, so it gets no group.</li>
 *   <li><b>A social-services deployment</b> reads only the reports and deviations of the municipalities it serves,
 *       writes and reads back only their status-event topics, reads the after-hours topics of the services it serves,
 *       and commits its delivery offsets in one consumer group per municipality ({@code <connector>.delivery.<code>}).
 *       </li>
 *   <li><b>The hub</b> reads every intake topic and every municipality's status events by prefix (the topics it
 *       subscribes to by pattern), writes the reports and deviations of every Swedish municipality by name (never by
 *       prefix, which would let it write a municipality's status events too), writes every receipts, feedback and
 *       after-hours topic by prefix, reads and writes its fixed topics (it only reads the clearing decisions), and owns
 *       everything under its Kafka Streams application id: internal topics, its consumer group and the transactional
 *       ids of exactly-once processing.</li>
 *   <li><b>The registry</b> alone reads and writes the schema store topic.</li>
 *   <li><b>The operator</b> writes the clearing decisions and reads the clearing, overdue, audit and dead-letter
 *       topics.</li>
 * </ul>
 *
 * Each principal may create the topics it reads or writes (every component provisions its topics with the hub's
 * partitions and retention at start), and nothing else; no one but the broker itself has a cluster-wide right.
 */
public final class AccessPlan {

    private final AccessModel model;
    private final List<Grant> grants;

    private AccessPlan(AccessModel model, List<Grant> grants) {
        this.model = model;
        this.grants = grants;
    }

    /** The grants of {@code model}. */
    public static AccessPlan of(AccessModel model) {
        Set<Grant> grants = new TreeSet<>(Grant.ORDER);
        hub(model.hub(), grants);
        registry(model.registry(), grants);
        operator(model.operator(), grants);
        model.connectors().forEach(connector -> connector(connector, grants));
        model.socialServices().forEach(deployment -> socialServices(deployment, grants));
        return new AccessPlan(model, List.copyOf(grants));
    }

    /** The model the plan was derived from. */
    public AccessModel model() {
        return model;
    }

    /** Every grant, ordered by principal, resource and operation. */
    public List<Grant> grants() {
        return grants;
    }

    /** The grants of one principal, empty for a principal the file does not know. */
    public List<Grant> grantsOf(String principal) {
        return grants.stream().filter(g -> g.principal().equals(principal)).toList();
    }

    /** Every principal of the plan, in the file's order. */
    public Set<String> principals() {
        return new LinkedHashSet<>(model.principals());
    }

    /** Whether the file manages the access control lists of {@code principal}: every name with its prefix. */
    public static boolean manages(String principal) {
        return principal.startsWith(AccessModel.PRINCIPAL_PREFIX);
    }

    /**
     * Whether the plan lets {@code principal} perform {@code operation} on the resource named {@code name}, as the
     * broker decides it: a literal grant matches the name, a prefixed one every name starting with it, and reading,
     * writing or deleting a resource implies describing it.
     */
    public boolean allows(String principal, ResourceType type, String name, Operation operation) {
        return grantsOf(principal).stream()
                .filter(g -> g.resourceType() == type)
                .filter(g -> g.patternType() == LITERAL ? g.name().equals(name) : name.startsWith(g.name()))
                .anyMatch(g -> g.operation() == operation
                        || (operation == DESCRIBE
                                && (g.operation() == READ || g.operation() == WRITE || g.operation() == DELETE)));
    }

    private static void hub(AccessModel.Hub hub, Set<Grant> grants) {
        String who = hub.principal();
        for (TopicSpec<?, ?> fixed : Topics.FIXED) {
            if (fixed.equals(Topics.CLEARING_DECISIONS)) {
                topic(grants, who, fixed.name(), LITERAL, READ, CREATE);
            } else {
                topic(grants, who, fixed.name(), LITERAL, READ, WRITE, CREATE);
            }
        }
        topic(grants, who, Topics.CONNECTOR_INTAKE.prefix(), PREFIXED, READ);
        topic(grants, who, Topics.MUNICIPALITY_STATUS_EVENTS.prefix(), PREFIXED, READ);
        for (MunicipalityCodes.Municipality municipality :
                MunicipalityCodes.official().all()) {
            topic(
                    grants,
                    who,
                    Topics.MUNICIPALITY_REPORTS.of(municipality.code()).name(),
                    LITERAL,
                    WRITE,
                    CREATE);
            topic(
                    grants,
                    who,
                    Topics.MUNICIPALITY_DEVIATIONS.of(municipality.code()).name(),
                    LITERAL,
                    WRITE,
                    CREATE);
        }
        topic(grants, who, Topics.CONNECTOR_RECEIPTS.prefix(), PREFIXED, WRITE, CREATE);
        topic(grants, who, Topics.ORGANISATION_FEEDBACK.prefix(), PREFIXED, WRITE, CREATE);
        topic(grants, who, Topics.AFTER_HOURS_REPORTS.prefix(), PREFIXED, WRITE, CREATE);
        String internal = hub.applicationId() + "-";
        topic(grants, who, internal, PREFIXED, READ, WRITE, CREATE, DELETE, DESCRIBE_CONFIGS);
        grants.add(Grant.allow(who, GROUP, hub.applicationId(), LITERAL, READ));
        grants.add(Grant.allow(who, TRANSACTIONAL_ID, internal, PREFIXED, WRITE));
    }

    private static void registry(String who, Set<Grant> grants) {
        topic(grants, who, Topics.SCHEMAS.name(), LITERAL, READ, WRITE, CREATE);
    }

    private static void operator(String who, Set<Grant> grants) {
        topic(grants, who, Topics.CLEARING_DECISIONS.name(), LITERAL, WRITE);
        for (TopicSpec<?, ?> read :
                List.of(Topics.CLEARING, Topics.CLEARING_OVERDUE, Topics.AUDIT, Topics.DEAD_LETTER)) {
            topic(grants, who, read.name(), LITERAL, READ);
        }
    }

    private static void connector(ReportingConnector connector, Set<Grant> grants) {
        String who = connector.principal();
        topic(grants, who, Topics.CONNECTOR_INTAKE.of(connector.connectorId()).name(), LITERAL, WRITE, CREATE);
        topic(grants, who, Topics.CONNECTOR_RECEIPTS.of(connector.connectorId()).name(), LITERAL, READ, CREATE);
        for (Organisation organisation : connector.organisations()) {
            topic(grants, who, feedbackTopic(organisation), LITERAL, READ, CREATE);
        }
    }

    private static void socialServices(SocialServices deployment, Set<Grant> grants) {
        String who = deployment.principal();
        for (String code : deployment.municipalities()) {
            topic(grants, who, Topics.MUNICIPALITY_REPORTS.of(code).name(), LITERAL, READ, CREATE);
            topic(grants, who, Topics.MUNICIPALITY_DEVIATIONS.of(code).name(), LITERAL, READ, CREATE);
            topic(grants, who, Topics.MUNICIPALITY_STATUS_EVENTS.of(code).name(), LITERAL, READ, WRITE, CREATE);
            grants.add(Grant.allow(who, GROUP, deliveryGroup(deployment.connectorId(), code), LITERAL, READ));
        }
        for (String id : deployment.afterHours()) {
            topic(grants, who, Topics.AFTER_HOURS_REPORTS.of(id).name(), LITERAL, READ, CREATE);
        }
    }

    /**
     * The consumer group in which a social-services connector delivers one municipality's reports to its case system
     * and commits what the case system acknowledged (as its configuration names it: {@code <connector>.delivery.<code>}).
     */
    public static String deliveryGroup(String connectorId, String municipalityCode) {
        return connectorId + ".delivery." + municipalityCode;
    }

    /** The feedback topic of an organisation, named by {@link Topics#feedbackTopic}. */
    public static String feedbackTopic(Organisation organisation) {
        return Topics.feedbackTopic(
                        new OrganisationId(OrganisationIdScheme.valueOf(organisation.scheme()), organisation.value()))
                .name();
    }

    private static void topic(
            Set<Grant> grants, String principal, String name, PatternType patternType, Operation... operations) {
        List<Grant> added = new ArrayList<>();
        for (Operation operation : operations) {
            added.add(Grant.allow(principal, TOPIC, name, patternType, operation));
        }
        grants.addAll(added);
    }
}
