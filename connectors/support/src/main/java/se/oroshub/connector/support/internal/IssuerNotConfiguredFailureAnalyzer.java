package se.oroshub.connector.support.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import se.oroshub.connector.support.ConnectorSecurityProperties;

/** Says which property to set when a connector was started without an identity provider. */
public final class IssuerNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<IssuerNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IssuerNotConfiguredException cause) {
        return new FailureAnalysis(
                "Connector '" + cause.connectorId() + "' has no identity provider configured, so nobody could sign"
                        + " in to its pages or call its APIs.",
                "Set " + ConnectorSecurityProperties.ISSUER_URI_PROPERTY + " (environment variable "
                        + "OROSHUB_CONNECTOR_SECURITY_ISSUER_URI) to the issuer of the OpenID Connect provider, and"
                        + " the sign-in client's secret in"
                        + " spring.security.oauth2.client.registration.oroshub.client-secret (environment variable"
                        + " SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_OROSHUB_CLIENT_SECRET). The local runtime"
                        + " (deploy/run.sh) starts a development issuer and sets both.",
                cause);
    }
}
