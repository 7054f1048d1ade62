package se.oroshub.connector.support.internal;

import se.oroshub.connector.support.ConnectorSecurityProperties;

/** A connector was started without an identity provider: nobody could sign in, so it refuses to start. */
public final class IssuerNotConfiguredException extends IllegalStateException {

    private final String connectorId;

    public IssuerNotConfiguredException(String connectorId) {
        super("connector '" + connectorId + "' has no identity provider: set "
                + ConnectorSecurityProperties.ISSUER_URI_PROPERTY);
        this.connectorId = connectorId;
    }

    public String connectorId() {
        return connectorId;
    }
}
