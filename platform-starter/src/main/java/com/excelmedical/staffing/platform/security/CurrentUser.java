package com.excelmedical.staffing.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The user a verified access token speaks for. Declare it as a controller method parameter, or call
 * {@link #current()} in a service.
 *
 * @param id    the token's subject
 * @param roles {@code candidate}, {@code recruiter}, {@code editor}, {@code admin}
 */
public record CurrentUser(UUID id, Set<String> roles) {

    public static final String ROLE_PREFIX = "ROLE_";

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAdmin() {
        return hasRole("admin");
    }

    /** The authenticated user of this request, if the request carries a valid token. */
    public static Optional<CurrentUser> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<CurrentUser> from(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return Optional.empty();
        }
        Set<String> roles = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new CurrentUser(UUID.fromString(token.getToken().getSubject()), roles));
    }
}
