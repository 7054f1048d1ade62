package se.oroshub.hub.rules.origin;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * The reporting organisations each connector deployment may speak for, by connector id. A connector without a mandate
 * may send nothing at all; one with an empty set only reports without a reporting organisation (private and anonymous
 * reporters).
 */
public final class ConnectorMandates {

    private final Map<String, Set<OrganisationId>> organisationsByConnector;

    private ConnectorMandates(Map<String, Set<OrganisationId>> organisationsByConnector) {
        this.organisationsByConnector = organisationsByConnector;
    }

    /** @param organisationsByConnector connector id to the organisations it may speak for */
    public static ConnectorMandates of(Map<String, Set<OrganisationId>> organisationsByConnector) {
        Objects.requireNonNull(organisationsByConnector, "organisationsByConnector");
        return new ConnectorMandates(Map.copyOf(organisationsByConnector.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())))));
    }

    /** The organisations a connector may speak for, or empty if the connector has no mandate. */
    public Optional<Set<OrganisationId>> organisationsOf(String connectorId) {
        return Optional.ofNullable(organisationsByConnector.get(connectorId));
    }

    /** Every connector with a mandate. */
    public Set<String> connectors() {
        return organisationsByConnector.keySet();
    }
}
