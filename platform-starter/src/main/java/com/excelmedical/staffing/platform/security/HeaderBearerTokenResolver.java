package com.excelmedical.staffing.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * The access token from the {@code Authorization} header, with the rules of Spring Security's default resolver as this
 * platform configures it (RFC 6750, header only): a header that does not start with {@code bearer} (any case) carries no
 * token; one that does must be {@code Bearer <token>} with the token's characters {@code [A-Za-z0-9-._~+/]+=*}, else
 * the request is refused as a malformed token (401). The default checks that shape with a regular expression, about 3 %
 * of a small request's CPU for a token of ~800 characters; this checks it with a loop.
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return null;
        }
        if (!wellFormed(header)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return header.substring(SCHEME.length());
    }

    static boolean wellFormed(String header) {
        if (header.length() <= SCHEME.length() || header.charAt(SCHEME.length() - 1) != ' ') {
            return false;
        }
        int at = SCHEME.length();
        while (at < header.length() && tokenCharacter(header.charAt(at))) {
            at++;
        }
        if (at == SCHEME.length()) {
            return false;
        }
        while (at < header.length() && header.charAt(at) == '=') {
            at++;
        }
        return at == header.length();
    }

    private static boolean tokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
