package se.oroshub.casemanagement;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * This system's access tokens for the social-services connector, by OAuth2 client credentials at the identity
 * provider's token endpoint, through Spring Security's {@link OAuth2AuthorizedClientManager}: a token is kept until
 * shortly before it expires, then a new one is fetched. No password is sent to the connector.
 */
public final class ConnectorTokens implements Supplier<Optional<String>> {

    static final String REGISTRATION_ID = "connector";

    private final OAuth2AuthorizedClientManager manager;
    private final AnonymousAuthenticationToken system = new AnonymousAuthenticationToken(
            "case-management-system", "case-management-system", AuthorityUtils.createAuthorityList("ROLE_SYSTEM"));

    /**
     * @param tokenUri     the identity provider's token endpoint
     * @param clientId     this system's client id there
     * @param clientSecret its secret (from the environment, never packaged)
     */
    public ConnectorTokens(String tokenUri, String clientId, String clientSecret) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUri)
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        AuthorizedClientServiceOAuth2AuthorizedClientManager clients =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                        registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        clients.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        this.manager = clients;
    }

    /** A current access token. */
    @Override
    public Optional<String> get() {
        OAuth2AuthorizedClient client =
                manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION_ID)
                        .principal(system)
                        .build());
        if (client == null) {
            throw new IllegalStateException("the identity provider issued no token to " + REGISTRATION_ID);
        }
        return Optional.of(client.getAccessToken().getTokenValue());
    }

    /** Sends without a token: for a connector that lets status events in unauthenticated (none does). */
    public static Supplier<Optional<String>> none() {
        return Optional::empty;
    }
}
