package com.excelmedical.staffing.platform.security;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** Maps the token's {@code roles} claim to {@code ROLE_<role>} authorities, so {@code hasRole('admin')} works. */
public final class RolesConverter {

    private RolesConverter() {
    }

    public static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenValidation.ROLES_CLAIM);
        authorities.setAuthorityPrefix(CurrentUser.ROLE_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
