package se.oroshub.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server: OIDC on, the people and clients of the {@link IssuerDirectory}, the claims of
 * {@link IssuerClaims} in every ID and access token. Two filter chains, as Spring Authorization Server documents: its
 * protocol endpoints, and the sign-in form for everything else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IssuerProperties.class)
class IssuerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IssuerConfiguration.class);

    @Bean
    IssuerDirectory issuerDirectory(IssuerProperties properties) {
        IssuerDirectory directory = IssuerDirectory.load(properties.directory());
        log.info(
                "Issuer directory {}: {} people, {} clients",
                properties.directory(),
                directory.people().size(),
                directory.clients().size());
        return directory;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        return http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService people(IssuerDirectory directory) {
        return username -> directory
                .person(username)
                .map(person -> User.withUsername(person.username())
                        .password(person.password())
                        .authorities(AuthorityUtils.NO_AUTHORITIES)
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such person"));
    }

    @Bean
    RegisteredClientRepository registeredClients(IssuerDirectory directory) {
        List<RegisteredClient> clients = directory.clients().stream()
                .map(IssuerConfiguration::registered)
                .toList();
        if (clients.isEmpty()) {
            throw new IllegalStateException("the issuer directory lists no clients");
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient registered(IssuerDirectory.Client client) {
        RegisteredClient.Builder builder = RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(client.clientId().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .toString())
                .clientId(client.clientId())
                .clientSecret(client.secret())
                .clientName(client.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(10))
                        .build());
        if (client.signsPeopleIn()) {
            builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build());
            client.redirectUris().forEach(builder::redirectUri);
        } else {
            builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build());
        }
        return builder.build();
    }

    /** Writes the person's or the machine client's name, title, roles and organisation into every token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> oroshubClaims(IssuerDirectory directory) {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = "id_token".equals(context.getTokenType().getValue());
            if (!accessToken && !idToken) {
                return;
            }
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                directory.client(context.getRegisteredClient().getClientId()).ifPresent(client -> {
                    context.getClaims()
                            .claim(IssuerClaims.NAME, client.name())
                            .claim(IssuerClaims.ROLES, client.roles())
                            .claim(IssuerClaims.ORGANISATION, client.organisation())
                            .audience(client.audiences());
                });
                return;
            }
            directory.person(context.getPrincipal().getName()).ifPresent(person -> {
                context.getClaims()
                        .claim(IssuerClaims.USERNAME, person.username())
                        .claim(IssuerClaims.NAME, person.name())
                        .claim(IssuerClaims.ROLES, person.roles())
                        .claim(IssuerClaims.ORGANISATION, person.organisation());
                if (person.title() != null) {
                    context.getClaims().claim(IssuerClaims.TITLE, person.title());
                }
            });
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IssuerProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.keyFile())));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IssuerProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuerUri() != null) {
            settings.issuer(properties.issuerUri());
        }
        return settings.build();
    }
}
