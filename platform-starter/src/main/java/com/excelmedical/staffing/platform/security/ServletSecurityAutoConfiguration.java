package com.excelmedical.staffing.platform.security;

import com.excelmedical.staffing.platform.problems.Problems;
import com.excelmedical.staffing.platform.problems.ProblemsAutoConfiguration;
import com.excelmedical.staffing.platform.revocation.RevocationCheck;
import com.excelmedical.staffing.platform.revocation.RevocationAutoConfiguration;
import com.excelmedical.staffing.platform.revocation.RevocationList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

/**
 * A service is a resource server: every route needs a valid access token except the public routes it
 * declares ({@code staffing.security.public-routes}) and the probes. Stateless, no sessions, no CSRF
 * (tokens travel in the Authorization header, never in cookies). Method security is on, so
 * {@code @PreAuthorize("hasRole('admin')")} works. A token the {@link RevocationList} names is refused
 * like an invalid one, whichever {@link JwtDecoder} the service uses.
 */
@AutoConfiguration(after = {ProblemsAutoConfiguration.class, RevocationAutoConfiguration.class},
        beforeName = {"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class ServletSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return VerifiedTokens.remembering(TokenValidation.servletDecoder(properties, time), time,
                properties.verifiedTokensKeptFor(), properties.verifiedTokensKept());
    }

    /**
     * Spring Security observes nothing of its own: no observation around each filter of the chain, nor around
     * authentication and authorization. Switching them off by name ({@code management.observations.enable.spring.security})
     * still leaves a wrapper around every filter creating a no-op observation on every request; without this
     * setting the chain is not wrapped at all. The request itself stays observed ({@code http.server.requests}, its span).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, SecurityProperties properties, JwtDecoder decoder,
                                                    Problems problems, JsonMapper json,
                                                    ObjectProvider<RevocationList> revocations) throws Exception {
        ProblemAuthenticationHandlers handlers = new ProblemAuthenticationHandlers(problems, json);
        List<RequestMatcher> open = PublicRoutes.matchers(PublicRoutes.ALWAYS);
        List<RequestMatcher> declared = PublicRoutes.matchers(properties.publicRoutes());
        RevocationList revoked = revocations.getIfAvailable();
        JwtDecoder checked = revoked == null ? decoder : RevocationCheck.decoder(decoder, revoked);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    open.forEach(matcher -> requests.requestMatchers(matcher).permitAll());
                    declared.forEach(matcher -> requests.requestMatchers(matcher).permitAll());
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.authenticationManager(tokenAuthentication(checked)))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .build();
    }

    /**
     * The bearer token's check as an authentication manager of its own: the one Spring Security would build publishes
     * an application event for every authenticated request, which nothing here listens to (about 3% of a small
     * request's CPU); failures still reach the entry point and its problem details.
     */
    static AuthenticationManager tokenAuthentication(JwtDecoder decoder) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(RolesConverter.jwtAuthenticationConverter());
        return new ProviderManager(provider);
    }

    /** Spring Security's strict firewall, its header checks without regular expressions ({@link HeaderCharacters}). */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler requestRejectedHandler(Problems problems, JsonMapper json) {
        return new ProblemRequestRejectedHandler(problems, json);
    }

    @Bean
    WebMvcConfigurer currentUserArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
