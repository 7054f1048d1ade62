package se.oroshub.connector.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import se.oroshub.connector.support.internal.IssuerNotConfiguredException;
import se.oroshub.connector.support.internal.OrganisationClaims;
import se.oroshub.connector.support.internal.OrganisationJwtAuthentication;
import se.oroshub.connector.support.internal.OrganisationOidcUser;
import se.oroshub.connector.support.internal.SecurityContextCurrentOrganisation;

/**
 * Sign-in for connector applications through an OpenID Connect identity provider: every page and API needs a person
 * or system of one of the organisations this deployment serves, holding a role that may use it, because what the
 * connector shows (receipts, feedback, reports) is secret.
 *
 * <ul>
 *   <li>The machine APIs ({@code oroshub.connector.security.api-paths}, default {@code /api/**}): OAuth2 bearer
 *       tokens (JWT), checked for signature, expiry, issuer ({@code issuer-uri}) and audience ({@code audiences},
 *       default {@code connector-<id>}); stateless, no CSRF token. No token: 401. A token without one of
 *       {@code api-roles}, or of an organisation this deployment does not serve: 403.</li>
 *   <li>The operational endpoints under {@code /actuator}: liveness, readiness and the bare health status are open;
 *       everything else (health details, metrics, circuit breakers) needs a bearer token of one of
 *       {@code operator-roles}.</li>
 *   <li>Everything else: OIDC sign-in (authorization code with PKCE) as client {@code oroshub}, the person mapped
 *       from the ID token's claims, session-based with CSRF protection, logout at {@code POST /logout}. Needs one of
 *       {@code page-roles}. Open without sign-in: the OpenAPI document and Swagger UI, static assets under
 *       {@code /css/**}, the sign-in page and the error page. None of these shows report data.</li>
 * </ul>
 *
 * <p>Claim names are configurable ({@code oroshub.connector.security.claims.*}), so a municipal or regional identity
 * provider (a SITHS federation, Skolfederation) can be plugged in without code. A connector started without
 * {@code oroshub.connector.security.issuer-uri} refuses to start, naming it.
 */
@AutoConfiguration(
        before = {
            ServletWebSecurityAutoConfiguration.class,
            UserDetailsServiceAutoConfiguration.class,
            OAuth2ResourceServerAutoConfiguration.class,
            OAuth2ClientWebSecurityAutoConfiguration.class
        },
        after = OAuth2ClientAutoConfiguration.class)
@EnableConfigurationProperties({ConnectorSecurityProperties.class, ConnectorProperties.class})
public class ConnectorSecurityAutoConfiguration {

    /** Paths anyone may open: nothing under them shows report data. */
    static final String[] PUBLIC_PATHS = {
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/v3/api-docs.yaml",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/css/**",
        "/favicon.ico",
        "/error"
    };

    /** Operational endpoints a platform's probes reach without a token; they show no details. */
    static final String[] OPEN_ACTUATOR_PATHS = {
        "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"
    };

    /**
     * No Spring Security observations unless {@code management.observations.enable.spring.security} is turned on (the
     * shipped default turns it off): with it off, the observations are dropped anyway, but the filter chain still
     * wraps every filter of every request in one, a cost the intake profile showed.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentOrganisation currentOrganisation() {
        return new SecurityContextCurrentOrganisation();
    }

    @Bean
    OrganisationClaims organisationClaims(ConnectorSecurityProperties security, ConnectorProperties connector) {
        return new OrganisationClaims(security, connector);
    }

    /**
     * The API tokens' decoder: the provider's keys (from {@code jwk-set-uri}, or discovered from the issuer at the
     * first request), and the checks of expiry, issuer and audience.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder connectorJwtDecoder(ConnectorSecurityProperties security, ConnectorProperties connector) {
        String issuer = requireIssuer(security, connector);
        List<String> audiences = security.audiencesOr(connector.id());
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        if (security.jwkSetUri() != null) {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withJwkSetUri(security.jwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /** The person signed in through the provider, with the organisation and roles of the ID token. */
    @Bean
    @ConditionalOnMissingBean
    OAuth2UserService<OidcUserRequest, OidcUser> connectorOidcUserService(OrganisationClaims claims) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            return new OrganisationOidcUser(
                    user,
                    claims.authorities(user.getClaims()),
                    claims.organisationUser(user.getClaims(), user.getSubject()).orElse(null));
        };
    }

    static String requireIssuer(ConnectorSecurityProperties security, ConnectorProperties connector) {
        if (security.issuerUri() == null) {
            throw new IssuerNotConfiguredException(connector.id());
        }
        return security.issuerUri();
    }

    /** One of {@code roles}, and an organisation this deployment serves. */
    static AuthorizationManager<RequestAuthorizationContext> servedAndOneOf(
            List<AccessRole> roles, CurrentOrganisation currentOrganisation) {
        List<String> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(role.authority()));
        AuthorizationManager<RequestAuthorizationContext> served = (authentication, context) ->
                new AuthorizationDecision(currentOrganisation.current().isPresent());
        return AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasAnyAuthority(authorities.toArray(String[]::new)), served);
    }

    /** The three filter chains; replaced as a whole when the application defines any {@link SecurityFilterChain}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class FilterChains {

        @Bean
        @Order(1)
        SecurityFilterChain connectorApiSecurity(
                HttpSecurity http,
                ConnectorSecurityProperties security,
                ConnectorProperties connector,
                CurrentOrganisation currentOrganisation,
                OrganisationClaims claims)
                throws Exception {
            requireIssuer(security, connector);
            return bearerTokens(http, claims)
                    .securityMatcher(security.apiPaths().toArray(String[]::new))
                    .authorizeHttpRequests(
                            auth -> auth.anyRequest().access(servedAndOneOf(security.apiRoles(), currentOrganisation)))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain connectorActuatorSecurity(
                HttpSecurity http,
                ConnectorSecurityProperties security,
                ConnectorProperties connector,
                CurrentOrganisation currentOrganisation,
                OrganisationClaims claims)
                throws Exception {
            requireIssuer(security, connector);
            return bearerTokens(http, claims)
                    .securityMatcher("/actuator", "/actuator/**")
                    .authorizeHttpRequests(auth -> auth.requestMatchers(OPEN_ACTUATOR_PATHS)
                            .permitAll()
                            .anyRequest()
                            .access(servedAndOneOf(security.operatorRoles(), currentOrganisation)))
                    .build();
        }

        private static HttpSecurity bearerTokens(HttpSecurity http, OrganisationClaims claims) throws Exception {
            return http.oauth2ResourceServer(resource -> resource.jwt(jwt ->
                            jwt.jwtAuthenticationConverter(token -> new OrganisationJwtAuthentication(
                                    token,
                                    claims.authorities(token.getClaims()),
                                    claims.organisationUser(token.getClaims(), token.getSubject())
                                            .orElse(null)))))
                    .exceptionHandling(exceptions ->
                            exceptions.authenticationEntryPoint(new BearerTokenAuthenticationEntryPoint()))
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        }

        @Bean
        @Order(3)
        SecurityFilterChain connectorWebSecurity(
                HttpSecurity http,
                ConnectorSecurityProperties security,
                ConnectorProperties connector,
                CurrentOrganisation currentOrganisation,
                ObjectProvider<ClientRegistrationRepository> registrations,
                OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService)
                throws Exception {
            requireIssuer(security, connector);
            ClientRegistrationRepository repository = registrations.getIfAvailable();
            if (repository == null) {
                throw new IssuerNotConfiguredException(connector.id());
            }
            DefaultOAuth2AuthorizationRequestResolver resolver =
                    new DefaultOAuth2AuthorizationRequestResolver(repository, "/oauth2/authorization");
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.authorizeHttpRequests(auth -> {
                auth.requestMatchers(PUBLIC_PATHS).permitAll();
                if (!security.loginPage().isEmpty()) {
                    auth.requestMatchers(security.loginPage()).permitAll();
                }
                auth.anyRequest().access(servedAndOneOf(security.pageRoles(), currentOrganisation));
            });
            http.oauth2Login(login -> {
                login.clientRegistrationRepository(repository)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService));
                if (!security.loginPage().isEmpty()) {
                    login.loginPage(security.loginPage());
                }
            });
            return http.logout(logout -> logout.logoutSuccessUrl(
                            security.loginPage().isEmpty() ? "/login?logout" : security.loginPage() + "?logout"))
                    .build();
        }
    }
}
