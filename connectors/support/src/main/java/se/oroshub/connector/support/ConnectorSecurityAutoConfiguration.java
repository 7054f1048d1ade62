package se.oroshub.connector.support;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import se.oroshub.connector.support.internal.ConfiguredUsers;
import se.oroshub.connector.support.internal.SecurityContextCurrentOrganisation;

/**
 * Sign-in for connector applications: every page and API needs an authenticated user of one of the organisations
 * this deployment reports for, because what the connector shows (receipts, feedback) is secret at the reporter's side.
 *
 * <ul>
 *   <li>The JSON API ({@code oroshub.connector.security.api-paths}, default {@code /api/**}): HTTP Basic, stateless
 *       (a browser session never authenticates it, so it needs no CSRF token).</li>
 *   <li>Everything else: form login (the connector's own page at {@code login-page}, or Spring Security's), HTTP Basic,
 *       CSRF protection on, logout at {@code POST /logout}.</li>
 *   <li>Open without sign-in: health and info, the Resilience4j Actuator endpoints, the OpenAPI document and Swagger
 *       UI, static assets under {@code /css/**}, the login page and the error page. None of these shows report data.</li>
 * </ul>
 *
 * <p>Users come from {@code oroshub.connector.security.users} for the local runtime. Production replaces the
 * {@link UserDetailsService} (or the whole chain) with SITHS or a SAML/OIDC federation and supplies a
 * {@link CurrentOrganisation} mapping the asserted organisation; every bean here backs off when one is defined.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@EnableConfigurationProperties({ConnectorSecurityProperties.class, ConnectorProperties.class})
public class ConnectorSecurityAutoConfiguration {

    /** Paths anyone may open: nothing under them shows report data. */
    static final String[] PUBLIC_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/circuitbreakers/**",
        "/actuator/circuitbreakers",
        "/actuator/circuitbreakerevents/**",
        "/actuator/circuitbreakerevents",
        "/actuator/retries",
        "/actuator/retries/**",
        "/actuator/retryevents",
        "/actuator/retryevents/**",
        "/actuator/bulkheads",
        "/actuator/bulkheads/**",
        "/actuator/timelimiters",
        "/actuator/timelimiters/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/v3/api-docs.yaml",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/css/**",
        "/favicon.ico",
        "/error"
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
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    ConfiguredUsers connectorUsers(ConnectorSecurityProperties security, ConnectorProperties connector) {
        return new ConfiguredUsers(security, connector);
    }

    /** The two filter chains; replaced as a whole when the application defines any {@link SecurityFilterChain}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class FilterChains {

        @Bean
        @Order(1)
        SecurityFilterChain connectorApiSecurity(HttpSecurity http, ConnectorSecurityProperties security)
                throws Exception {
            return http.securityMatcher(security.apiPaths().toArray(String[]::new))
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain connectorWebSecurity(HttpSecurity http, ConnectorSecurityProperties security)
                throws Exception {
            http.authorizeHttpRequests(auth -> {
                auth.requestMatchers(PUBLIC_PATHS).permitAll();
                if (!security.loginPage().isEmpty()) {
                    auth.requestMatchers(security.loginPage()).permitAll();
                }
                auth.anyRequest().authenticated();
            });
            if (security.loginPage().isEmpty()) {
                http.formLogin(Customizer.withDefaults());
            } else {
                http.formLogin(form -> form.loginPage(security.loginPage()).permitAll());
            }
            return http.httpBasic(Customizer.withDefaults())
                    .logout(logout -> logout.logoutSuccessUrl(
                            security.loginPage().isEmpty() ? "/login?logout" : security.loginPage() + "?logout"))
                    .build();
        }
    }
}
