package com.excelmedical.staffing.gateway.security;

import com.excelmedical.staffing.gateway.problems.ProblemResponses;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 at the gateway as problem details, like the services answer them. */
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemSecurityHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED,
                tokenSent ? "The access token is invalid or has expired" : "A valid access token is required");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "You may not do this");
    }
}
